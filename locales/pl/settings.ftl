# Wersja robocza. Draft for review.

phone-title = Na tym telefonie
phone-text-size = Rozmiar tekstu
phone-text-size-about = Ponad rozmiar tekstu ustawiony w telefonie. Każdy ma umiejętności.
phone-size-standard = Standardowy ({ $size }%)
phone-size-largest = Największy ({ $size }%)
phone-size = { $size }%

phone-language = Język
phone-language-phone = Taki jak w telefonie ({ $language })
phone-language-draft = Słowa w tym języku to pierwsza wersja. Powiedz grupie, jeśli coś brzmi dziwnie.

phone-sync = Wysyłanie do grupy
phone-sync-automatic = Samo
phone-sync-automatic-about = Od razu wysyła to, co udostępniasz, i co 30 sekund sprawdza nowości.
phone-sync-when-asked = Tylko kiedy poproszę
phone-sync-when-asked-about = Zużywa mniej danych. Nic nie trafia do grupy, dopóki nie dotkniesz „Wyślij”.

settings-cadence = Jak często robić podsumowanie
settings-cadence-every = { $months ->
    [1] Co miesiąc
    [3] Co 3 miesiące
    [6] Co 6 miesięcy
    [12] Raz w roku
   *[other] Co { $months } miesięcy
}
settings-cadence-saved = Zapisano. { $due }
settings-print = Wydrukuj moje umiejętności
settings-print-about = Strona z twoimi umiejętnościami, historiami i chwilami, do formularza o pracę lub wolontariat. Wybierz umiejętności do pokazania.
settings-print-none = Najpierw dodaj umiejętność, potem możesz ją tu wydrukować.
settings-print-which = Umiejętności do wydruku
settings-print-make = Przygotuj stronę z umiejętnościami
settings-print-page = Twoja strona z umiejętnościami, gotowa do druku
settings-print-now = Drukuj
settings-print-close = Zamknij
settings-print-pdf = Zapisz jako PDF
settings-print-pdf-saving = Przygotowuję plik PDF. Wybierz, gdzie go zapisać, w oknie, które się otworzy.
settings-print-pdf-saved = Zapisano. Strona z umiejętnościami jest w { $place }, pod nazwą { $file }. Zostaje na tym urządzeniu, dopóki jej nie wyślesz.
settings-print-pdf-not-saved = Nic nie zostało zapisane. Możesz zapisać stronę z umiejętnościami, kiedy zechcesz.
settings-backup = Zachowaj kopię
settings-backup-about = Zapisz wszystko w jednym pliku. Trzymaj go w bezpiecznym miejscu, na przykład na pendrivie albo w mailu do siebie.
settings-restore = Przywróć kopię zapasową
settings-restore-about = Przywraca wszystko z pliku kopii, na nowym telefonie albo na tym. To, co już jest w dzienniku, zostaje bez zmian i nic nie pojawi się dwa razy.
settings-restore-file = Plik kopii zapasowej
settings-restore-pick = Najpierw wybierz plik kopii zapasowej.
settings-restore-passphrase = Hasło do tej kopii
settings-restore-now = Przywróć mój dziennik
settings-restored = Witaj z powrotem. Przywrócono: umiejętności { $skills }, chwile { $moments }, podsumowania { $checkIns }, docenienia { $recognitions }.
settings-restored-already = { $count ->
    [one] { $count } rzecz była już w dzienniku i została bez zmian.
    [few] { $count } rzeczy były już w dzienniku i zostały bez zmian.
   *[other] { $count } rzeczy było już w dzienniku i zostało bez zmian.
}

backup-passphrase = Twoje hasło
backup-save = Zapisz plik kopii zapasowej
backup-saving = Zapisuję kopię…
backup-saved = Zapisano. Kopia jest w { $place }, pod nazwą { $file }.
backup-locked = Jest zablokowana twoim hasłem, tak jak dziennik. Aby ją przywrócić, potrzebne będzie to hasło.

remind-title = Przypomnienia
remind-before = Zanim telefon zapyta
remind-why = Za chwilę telefon zapyta, czy Brim może wysyłać powiadomienia. Brim używa ich tylko do przypomnień, także gdy aplikacja jest zamknięta. Nigdy nie pokazują niczego z dziennika: tylko „Czas na podsumowanie”.
remind-why-nudge = Za chwilę telefon zapyta, czy Brim może wysyłać powiadomienia. Brim używa ich tylko do przypomnień, także gdy aplikacja jest zamknięta. Nigdy nie pokazują niczego z dziennika: tylko „Czas na podsumowanie” albo „Chwila, by zauważyć umiejętność z tego tygodnia”.
remind-can-say-no = Możesz odmówić, a Brim działa tak samo. Ekran startowy zawsze pokazuje, kiedy przypada podsumowanie.
remind-continue = Dalej
remind-not-now = Nie teraz
remind-can = Brim może przypomnieć o podsumowaniu, także gdy aplikacja jest zamknięta.
remind-turn-on = Włącz przypomnienia
remind-not-allowed = Telefon nie pokazuje teraz powiadomień Brim. Można je włączyć w ustawieniach telefonu dla Brim. Ekran startowy zawsze pokazuje, kiedy przypada podsumowanie.
remind-nudge = Cotygodniowe przypomnienie, by zauważyć umiejętność
remind-nudge-hint = Na telefonie, w środy o 18:00. Mówi tylko „Chwila, by zauważyć umiejętność z tego tygodnia”.
