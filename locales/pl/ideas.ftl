# Wersja robocza. Draft for review.

ideas-title = Pomysły na umiejętności
ideas-how = Przeczytaj pytanie. Jeśli odpowiedź brzmi „tak”, to jest twoja umiejętność.
ideas-show-about = Pokaż pomysły o
ideas-everything = Wszystko
ideas-already = To już jest wśród twoich umiejętności.
ideas-story-hint = Skąd to umiesz albo kiedy z tego korzystasz? Możesz to zostawić na później.
ideas-add = Dodaj do moich umiejętności
ideas-not-now = Nie teraz
ideas-yes = Tak, to ja
ideas-yes-label = Tak, to ja: { $skill }
ideas-cannot-see = Nie widzisz swojej umiejętności?
ideas-own-words = Opisz ją własnymi słowami
