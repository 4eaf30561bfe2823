# Wersja robocza. Draft for review.

step-back-intro = Pomyśl o niedawnym dniu. Teraz wyobraź sobie siebie z zewnątrz, jak gdyby to był przyjaciel.
step-back-intro-why = Często łatwiej dostrzec umiejętności innych niż własne.
step-back-kept = Krok w tył był już zaczęty. Twoje odpowiedzi zostały zachowane.
step-back-carry-on = Kontynuuj
step-back-start = Zacznij
step-back-question-of = Pytanie { $at } z { $of }
step-back-skills-shown = Umiejętności, które ta osoba pokazała
step-back-ready = Gotowe do zapisania
step-back-nothing-yet = Nie ma jeszcze żadnej odpowiedzi. Wróć i napisz kilka słów.
step-back-answered = Odpowiedzi: { $written } z { $of }. Każda zostanie zapisana jako chwila.
step-back-save = Zapisz odpowiedzi
step-back-saved = Zapisano
step-back-saved-as = { $count ->
    [one] Odpowiedź jest zapisana jako chwila. Zobacz, ile ta osoba potrafi.
   *[other] Odpowiedzi ({ $count }) są zapisane jako chwile. Zobacz, ile ta osoba potrafi.
}
step-back-new-skill = Czy jest tu nowa umiejętność?
step-back-new-skill-about = Każda odpowiedź może stać się osobną umiejętnością, a odpowiedź jej pierwszą chwilą.
step-back-make-skill = Zrób z tego umiejętność
step-back-make-skill-label = Zrób z tego umiejętność (odpowiedź { $answer })
