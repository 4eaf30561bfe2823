# Wersja robocza. Draft for review.

unlock-title = Twój dziennik jest zablokowany
unlock-body = Jest bezpiecznie przechowywany na tym telefonie. Wpisz hasło, aby go otworzyć.
unlock-passphrase = Hasło
unlock-show = Pokaż wpisany tekst
unlock-wrong = To hasło go nie otworzyło. Sprawdź je i spróbuj jeszcze raz.
unlock-opening = Otwieram…
unlock-open = Otwórz mój dziennik
