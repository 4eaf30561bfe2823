# Wersja robocza: do przeczytania przez osoby mówiące po polsku, z własnym
# doświadczeniem (zob. locales/TRANSLATING.md).
# Draft: to be read by Polish speakers with lived experience.
# Co mówi Brim, gdy nie może zrobić tego, o co poproszono.

## Dziennik

error-date-in-future = Ta data jest w przyszłości. Wybierz dzisiaj albo dzień wcześniej.
error-skill-archived = Ta umiejętność jest odłożona. Otwórz ją i wybierz „Przywróć”.
error-newer-journal = Ten dziennik zapisała nowsza wersja Brim. Zaktualizuj Brim, żeby go otworzyć. Nic nie zostało zmienione.
error-storage = Brim nie może odczytać ani zapisać dziennika. Nic nie zostało zmienione. Spróbuj jeszcze raz albo uruchom aplikację ponownie.
error-migration = Brim nie może zaktualizować pliku dziennika. Nic nie zostało zmienione.
error-preferences-file = Brim nie może zapamiętać tego ustawienia na tym urządzeniu. Twój dziennik jest bezpieczny. Spróbuj jeszcze raz.
error-internal = Coś poszło nie tak w Brim. Nic nie zostało zmienione. Spróbuj jeszcze raz.

error-not-found-skill = Nie możemy znaleźć tej umiejętności. Może została usunięta.
error-not-found-skill-idea = Nie możemy znaleźć tego pomysłu na umiejętność. Może został usunięty.
error-not-found-moment = Nie możemy znaleźć tej chwili. Może została usunięta.
error-not-found-check-in = Nie możemy znaleźć tego podsumowania. Może zostało usunięte.
error-not-found-rating = Nie możemy znaleźć tej oceny. Może została usunięta.
error-not-found-recognition = Nie możemy znaleźć tego docenienia. Może zostało usunięte.
error-not-found-share = Nie możemy znaleźć tej udostępnionej rzeczy. Może została usunięta.
error-not-found-step-back-question = Nie możemy znaleźć tego pytania. Może zostało usunięte.
error-not-found-operation = Nie możemy znaleźć tej czekającej zmiany. Może została już wysłana.
error-not-found-person-or-invite = Nie możemy znaleźć tej osoby ani zaproszenia. Ktoś mógł je już usunąć.

## To, co wpisuje osoba

error-skill-name-empty = Nadaj umiejętności nazwę.
error-noticer-name-empty = Wpisz imię osoby, która to w tobie zauważyła.
error-moment-empty = Napisz kilka słów o tej chwili.
error-noticed-empty = Napisz kilka słów o tym, co ta osoba zauważyła.
error-name-too-long = Ta nazwa jest trochę za długa. Zmieść się w { $max } znakach.
error-moment-too-long = Ta chwila jest dłuższa, niż Brim może zapisać ({ $max } znaków). Spróbuj ją podzielić.
error-story-too-long = Ta historia jest dłuższa, niż Brim może zapisać ({ $max } znaków). Spróbuj ją podzielić.
error-note-too-long = Ta notatka jest dłuższa, niż Brim może zapisać ({ $max } znaków). Spróbuj ją podzielić.
error-recognition-too-long = To docenienie jest dłuższe, niż Brim może zapisać ({ $max } znaków). Spróbuj je podzielić.
error-rating-range = Wybierz ocenę od 1 do 5.
error-skill-name-taken = Masz już umiejętność o tej nazwie. Wybierz ją z listy albo nadaj tej inną nazwę.
error-too-many-skills = To więcej umiejętności, niż może mieć jedna chwila. Odznacz kilka.
error-step-back-empty = Napisz kilka słów przy co najmniej jednym pytaniu, potem zapisz.
error-step-back-too-many = To więcej odpowiedzi, niż jest pytań.
error-area-empty = Wybierz obszar albo wpisz własny.
error-area-too-long = Ta nazwa obszaru jest trochę za długa. Zmieść się w { $max } znakach.
error-check-in-empty = Oceń co najmniej jedną umiejętność, żeby zapisać podsumowanie.
error-check-in-rated-twice = W jednym podsumowaniu każdą umiejętność można ocenić raz.
error-cadence = Wybierz co 1, 3, 6 albo 12 miesięcy.
error-text-size = Wybierz jeden z rozmiarów tekstu, które ma aplikacja: { $sizes }.
error-draft-not-kept = Nie udało się zachować tego, co piszesz. Spróbuj jeszcze raz.
error-already-decided = Ta sprawa jest już przez ciebie rozstrzygnięta.
error-portfolio-empty = Wybierz co najmniej jedną umiejętność do portfolio.
error-portfolio-not-made = Brim nie może przygotować pliku PDF z twoim portfolio. Spróbuj jeszcze raz.
error-portfolio-not-saved = Brim nie może tam zapisać pliku PDF. Sprawdź, czy jest miejsce, i spróbuj jeszcze raz.

## Blokada

error-locked = Twój dziennik jest zablokowany. Wpisz hasło, żeby go otworzyć.
error-wrong-passphrase = To hasło nie otwiera tego dziennika. Sprawdź je i spróbuj jeszcze raz.
error-passphrase-too-short = Wybierz hasło z co najmniej 6 znaków. Kilka słów, które zapamiętasz, działa dobrze.
error-export-needs-passphrase = Twój dziennik jest zablokowany hasłem, więc kopia też będzie. Wpisz hasło, żeby ją zapisać.
error-key-file = Brim nie może odczytać ani zapisać pliku z kluczem obok dziennika, więc blokada nie zadziałała. Nic w dzienniku nie zostało zmienione.
error-no-randomness = Brim nie może utworzyć nowego klucza na tym urządzeniu. Nic nie zostało zmienione. Spróbuj jeszcze raz albo uruchom aplikację ponownie.
error-lock-not-built = Ta wersja Brim nie umie blokować dziennika. Nic nie zostało zmienione.
error-lock-already-on = Blokada jest już włączona. Żeby zmienić hasło, użyj „Zmień hasło”.
error-lock-already-off = Blokada jest już wyłączona.
error-lock-off-no-passphrase = Blokada jest wyłączona. Włącz ją, żeby wybrać hasło.
error-lock-off-nothing-to-lock = Blokada jest wyłączona, więc nie ma czego zablokować. Najpierw ją włącz, z własnym hasłem.
error-auto-lock-minutes = Wybierz 1, 5, 15 albo 60 minut.
error-journal-open-elsewhere = Dziennik jest otwarty gdzie indziej, więc blokada się nie zmieniła. Zamknij inne okna Brim i spróbuj jeszcze raz.

## Kopie zapasowe

error-invalid-backup = Tego pliku nie da się odczytać jako kopii Brim ({ $reason }). Nic nie zostało zmienione.
error-backup-needs-passphrase = Ta kopia jest chroniona hasłem. Wpisz hasło, które miał dziennik, gdy kopia była zapisywana.
error-backup-wrong-passphrase = To hasło nie otwiera tej kopii. Spróbuj hasła, które miał dziennik, gdy kopia była zapisywana. Nic nie zostało zmienione.
error-backup-not-saved = Brim nie może tam zapisać kopii. Sprawdź, czy jest miejsce, i spróbuj jeszcze raz.
error-no-backup-folder = Brim nie może znaleźć folderu Pobrane, Dokumenty ani folderu domowego, więc nic nie zostało zapisane. Sprawdź, czy któryś z nich istnieje, i spróbuj jeszcze raz.

backup-problem-not-brim = to nie jest kopia Brim
backup-problem-newer = zrobiła ją nowsza wersja Brim; najpierw zaktualizuj Brim
backup-problem-twice = ten sam wpis jest w niej dwa razy
backup-problem-rules = niektóre wpisy łamią zasady Brim (za długie albo puste)
backup-problem-same-name = dwie umiejętności mają w niej tę samą nazwę
backup-problem-moment-skill = chwila wskazuje umiejętność, której nie ma w pliku
backup-problem-rated-twice = podsumowanie ocenia tę samą umiejętność dwa razy
backup-problem-rating-skill = podsumowanie ocenia umiejętność, której nie ma w pliku
backup-problem-recognition = docenienie wskazuje coś, czego nie ma w pliku
backup-problem-date = nie udało się zapisać daty
backup-problem-unreadable = nie da się jej odczytać
backup-problem-damaged = jest uszkodzona albo ucięta
backup-problem-too-much-work = jej otwarcie wymaga więcej pracy, niż Brim pozwala na telefonie
backup-problem-not-written = nie da się jej zapisać
backup-problem-not-text = to nie jest plik tekstowy
backup-problem-not-json = to nie jest poprawny JSON
backup-problem-age = jest w formacie age z wczesnej wersji testowej Brim: otwórz ją narzędziem age (age -d) i przywróć JSON ze środka
backup-problem-missing-field = brakuje pola albo ma złą wartość, w wierszu { $line }
backup-problem-ends-early = kończy się za wcześnie, w wierszu { $line }
backup-problem-syntax = to nie jest poprawny JSON, w wierszu { $line }

## Grupa

error-offline = Nie udało się połączyć z serwerem grupy. Sprawdź, czy masz internet i czy adres grupy jest dobry, potem spróbuj jeszcze raz.
error-server-unavailable = Serwer grupy ma teraz kłopot. Brim sam spróbuje jeszcze raz; nic nie przepadło.
error-not-in-group = Nie jesteś jeszcze w grupie. Dołącz z kodem zaproszenia od osoby prowadzącej grupę.
error-already-in-group = To urządzenie jest już w grupie. Najpierw z niej wyjdź, jeśli chcesz dołączyć do innej.
error-needs-rejoin = To urządzenie nie jest już zalogowane w grupie, więc Brim usunął to, co inni ci udostępnili. Twój dziennik jest bezpieczny. Żeby dołączyć znowu, poproś osobę prowadzącą o nowy kod zaproszenia.
error-preview-stale = To się zmieniło od chwili otwarcia podglądu, więc nic nie zostało udostępnione. Obejrzyj podgląd jeszcze raz.
error-bad-address = Ten adres nie wygląda dobrze. Powinien wyglądać jak https://groups.example.org.
error-not-https = Brim łączy się z serwerem grupy tylko bezpiecznie, więc adres musi zaczynać się od https:// (jak https://groups.example.org). Poproś osobę prowadzącą o adres https.
error-display-name-empty = Podaj imię, które zobaczy twoja grupa.
error-device-name-empty = Podaj nazwę tego urządzenia.
error-display-name-too-long = Imię widoczne dla grupy może mieć najwyżej { $max } znaków.
error-device-name-too-long = Nazwa urządzenia może mieć najwyżej { $max } znaków.
error-invite-not-found = Nie znamy tego kodu zaproszenia. Sprawdź go z osobą prowadzącą grupę.
error-invite-expired = Ten kod zaproszenia wygasł. Poproś osobę prowadzącą grupę o nowy.
error-invite-used-up = Ten kod zaproszenia został już wykorzystany. Poproś osobę prowadzącą grupę o nowy.
error-invite-revoked = Ten kod zaproszenia został anulowany. Poproś osobę prowadzącą grupę o nowy.
error-server-forbidden = To nie należy do twojej roli w grupie. Osoba prowadząca grupę powie ci więcej.
error-server-not-found = Serwer grupy nie może tego znaleźć. Może zostało usunięte.
error-server-would-not-take = Serwer grupy nie mógł tego przyjąć. Nic nie przepadło: zostaje na tym telefonie. Jeśli to się powtarza, powiedz osobie prowadzącej grupę.
error-invite-code-empty = Wpisz kod zaproszenia od osoby prowadzącej grupę.
error-join-refused = Serwer grupy nie pozwolił dołączyć.
error-join-link-incomplete = Ten link do dołączenia jest niepełny. Poproś osobę prowadzącą, żeby wysłała go jeszcze raz, albo wpisz adres grupy i kod zaproszenia.
error-link-too-long = Ten link jest za długi na kod QR.
error-recognition-for-someone-else = Docenienie jest dla kogoś innego: wybierz inną osobę.
error-only-the-lead = Tylko osoba prowadząca grupę może to zrobić.
error-share-too-big = Tego nie da się udostępnić w tej postaci: jest za długie albo wymienia za dużo. Skróć albo wybierz mniej i spróbuj jeszcze raz.
error-share-progress-needs-two = Postęp potrzebuje tej umiejętności ocenionej w dwóch podsumowaniach. Udostępnij go po następnym podsumowaniu.
error-share-no-rating = Wybierz co najmniej jedną ocenę do udostępnienia.

## Aplikacja na tym telefonie

error-no-journal-folder = Brim nie może znaleźć folderu na twój dziennik.
error-journal-folder = Brim nie może utworzyć folderu na twój dziennik. Sprawdź, czy w telefonie jest miejsce.
error-no-voice = Brim nie może tego przeczytać na głos. Sprawdź, czy w ustawieniach mowy telefonu jest włączony głos.
error-something-went-wrong = Coś poszło nie tak. Spróbuj jeszcze raz.
error-nothing-to-read = Nie ma tu nic do przeczytania na głos.
error-too-long-to-read = To jest za długie, żeby przeczytać na głos za jednym razem.
error-unknown-language = Brim nie zna tego języka.

## Opportunities and open to roles

error-open-skills-too-many = To więcej umiejętności, niż zmieści lista. Wybierz te, po których najbardziej chcesz być znaleziony.
error-answer-no-skill = Wybierz co najmniej jedną umiejętność, którą chcesz zaproponować.
error-answer-to-lead-only = Odpowiedź na okazję trafia tylko do prowadzącego twoją grupę.
error-opportunity-gone = Ta okazja nie jest już otwarta. Prowadzący mógł ją zdjąć albo minął dzień zamknięcia.
error-opportunity-title-empty = Nadaj okazji tytuł, na przykład „Panel rekrutacyjny”.
error-opportunity-closes = Wybierz dzień zamknięcia od dziś do roku naprzód.
error-recognition-skill-empty = Napisz, jaką umiejętność zauważyłeś, i wybierz jej obszar.
