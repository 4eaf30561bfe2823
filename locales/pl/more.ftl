# Wersja robocza. Draft for review.

more-title = Więcej
more-lock-now = Zablokuj teraz
more-step-back = Krok w tył
more-step-back-about = Spójrz na dzień z zewnątrz i dostrzeż umiejętności, które wtedy widać.
more-noticed = Ktoś zauważył…
more-noticed-about = Kiedy ktoś mówi ci, co robisz dobrze, zachowaj to tutaj.
more-find = Znajdź chwilę
more-find-about = Przejrzyj wszystkie swoje zapiski.
more-group = Grupa
more-group-about = Dołącz do grupy i udostępniaj tylko to, co wybierzesz.
more-settings = Ustawienia
more-settings-about = Kiedy podsumowanie, kopie zapasowe, blokada i lista twoich umiejętności do wydruku.
more-private = Twój dziennik zostaje na tym urządzeniu. Nic nie jest nigdzie wysyłane, chyba że dołączysz do grupy i zdecydujesz się coś udostępnić.
