# Wersja robocza. Draft for review.

lock-title = Blokada hasłem
lock-about = Zablokuj dziennik własnym hasłem, aby nikt poza tobą nie mógł go otworzyć, nawet na wspólnym telefonie.
lock-warning = Jeśli zapomnisz to hasło, nikt nie otworzy twojego dziennika — ani my, ani twoja grupa. Najpierw zapisz kopię zapasową.
lock-new = Nowe hasło
lock-new-hint = Co najmniej 6 znaków. Kilka słów, które łatwo zapamiętać, sprawdzi się dobrze.
lock-again = Wpisz je jeszcze raz
lock-turn-on = Włącz blokadę
lock-is-on = Twój dziennik jest zablokowany hasłem. Brim blokuje się sam, gdy przez chwilę go nie używasz.
lock-by-itself = Blokuj samo
lock-after = { $minutes ->
    [60] Po godzinie nieużywania
    [one] Po { $minutes } minucie nieużywania
   *[other] Po { $minutes } minutach nieużywania
}
lock-change = Zmień hasło
lock-current = Obecne hasło
lock-next-hint = Co najmniej 6 znaków.
lock-next-again = Wpisz nowe jeszcze raz
lock-turn-off = Wyłącz blokadę
lock-off-about = Dziennik zostaje na tym telefonie, bez hasła.
lock-off-passphrase = Hasło, aby ją wyłączyć
lock-not-the-same = Te dwa hasła się różnią. Wpisz to samo w oba pola.
lock-on-now = Blokada jest włączona. Brim poprosi o hasło przy każdym otwarciu.
lock-saved = Zapisano.
lock-changed = Nowe hasło jest zapisane. Użyj go przy następnym otwarciu Brim.
lock-off-now = Blokada jest wyłączona. Brim otwiera się teraz bez hasła.
