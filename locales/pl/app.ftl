# Wersja robocza: do przeczytania przez osoby mówiące po polsku, z własnym
# doświadczeniem (zob. locales/TRANSLATING.md).
# Draft: to be read by Polish speakers with lived experience.

app-name = Brim

nav-label = Menu główne
nav-home = Start
nav-skills = Umiejętności
nav-check-in = Podsumowanie
nav-growth = Rozwój
nav-group = Grupa
nav-more = Więcej

due-first = Twoje pierwsze podsumowanie czeka, kiedy tylko zechcesz.
due-now = Czas na podsumowanie.
due-tomorrow = Następne podsumowanie jest jutro.
due-in-days = { $days ->
    [one] Następne podsumowanie za { $days } dzień.
    [few] Następne podsumowanie za { $days } dni.
    [many] Następne podsumowanie za { $days } dni.
   *[other] Następne podsumowanie za { $days } dnia.
}

quarter-months = { $first } – { $last } { $year }

moment-add = Dodaj chwilę
moment-what-is = Chwila to coś, co udało ci się zrobić i co pokazało umiejętność. Nawet mała rzecz się liczy.

date-day = Dzień
date-month = Miesiąc
date-year = Rok

app-loading = Chwileczkę…
app-growth-loading = Przygotowuję twój rozwój…
app-not-here = Tej strony tu nie ma

error-unknown = Coś poszło nie tak. Spróbuj ponownie.
error-unknown-said = Coś poszło nie tak: { $text }

listen = Posłuchaj
listen-stop = Zatrzymaj
listen-label = Posłuchaj: { $what }
listen-stop-label = Przestań czytać na głos: { $what }
listen-what-question = pytanie
listen-what-rating = umiejętność i jej oceny
listen-what-idea = pomysł: { $skill }
listen-what-moment = twoja chwila z { $date }
