# Wersja robocza. Draft for review.

moments-title = Twoje chwile
moments-find-link = Znajdź chwilę po słowach
moments-none = Nie ma jeszcze chwil.
moments-more = Pokaż więcej chwil

moment-kind-note = Chwila
moment-kind-reflection = Krok w tył
moment-kind-recognition = Ktoś zauważył
moment-change = Zmień tę chwilę
moment-change-label = Zmień chwilę z { $date }

search-title = Znajdź chwilę
search-words = Słowa do znalezienia
search-button = Szukaj
search-nothing = Nic nie znaleziono dla „{ $words }”
search-found = { $count ->
    [one] Znaleziono { $count } chwilę
    [few] Znaleziono { $count } chwile
    [many] Znaleziono { $count } chwil
   *[other] Znaleziono { $count } chwili
}
search-try = Spróbuj innego słowa, na przykład miejsca albo osoby.

moment-not-found = Nie znaleziono chwili
moment-not-found-how = Otwórz ją jeszcze raz z listy swoich chwil.
moment-go-home = Przejdź na start
moment-form-about = Coś, co pokazało umiejętność. Małe rzeczy też się liczą.
moment-what = Co się wydarzyło?
moment-when = Kiedy?
moment-which-skills = Jakie umiejętności to pokazało?
moment-no-skills-before = Nie masz jeszcze umiejętności. Możesz to zapisać teraz i
moment-no-skills-link = znaleźć swoje umiejętności
moment-no-skills-after = później.
moment-sounds-like = pasuje
moment-save = Zapisz chwilę
moment-save-changes = Zapisz zmiany
moment-share = Udostępnij tę chwilę grupie
moment-delete-title = Usuń
moment-delete-ask = Usunąć tę chwilę na zawsze?
moment-delete-yes = Tak, usuń
moment-delete-no = Nie, zostaw
moment-delete = Usuń tę chwilę

draft-kept = Oto twój wcześniejszy tekst. Został zachowany.
draft-start-again = Zacznij od nowa
