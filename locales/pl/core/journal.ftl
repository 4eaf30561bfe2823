# Wersja robocza: do przeczytania przez osoby mówiące po polsku, z własnym
# doświadczeniem (zob. locales/TRANSLATING.md).
# Draft: to be read by Polish speakers with lived experience.

## Dziewięć obszarów

area-people = Ludzie
area-people-about = Dogadywanie się z innymi, słuchanie, pomaganie, żeby ludzie czuli się swobodnie.
area-organising = Organizowanie
area-organising-about = Planowanie, pilnowanie spraw, robienie rzeczy po kolei.
area-practical = Praktyczne
area-practical-about = Robienie, naprawianie, gotowanie, odnajdywanie drogi.
area-creative = Twórcze
area-creative-about = Pomysły, sztuka, muzyka, słowa, nowe sposoby na problem.
area-resilience = Odporność
area-resilience-about = Iść dalej, podnosić się, zachować spokój, kiedy jest ciężko.
area-money = Pieniądze
area-money-about = Sprawić, żeby pieniądze wystarczyły, budżet, znajomość wartości rzeczy.
area-caring = Opieka
area-caring-about = Troska o innych, o zwierzęta, o dom albo o siebie.
area-speaking-up = Zabieranie głosu
area-speaking-up-about = Mówienie o tym, co ważne, stawanie w obronie siebie i innych.
area-learning = Uczenie się
area-learning-about = Łapanie nowych rzeczy, zadawanie pytań, uczenie się samemu.

## Oceny od 1 do 5

rating-1 = Dopiero zaczynam
rating-2 = Coraz lepiej
rating-3 = Potrafię to
rating-4 = Robię to dobrze
rating-5 = Mogę tego uczyć

## Powiadomienia

reminder-check-in = Czas na podsumowanie
reminder-skill-nudge = Chwila, żeby zauważyć umiejętność z tego tygodnia

## Docenienie

recognition-good-at = Masz mocną stronę: { $skill }.
recognition-good-at-with-words = Masz mocną stronę: { $skill }. { $words }

## Udostępnianie

sync-rejected-unknown-kind = Serwer grupy jest starszy niż ta aplikacja i nie mógł przyjąć tej zmiany. Osoba prowadząca grupę może go zaktualizować.
sync-rejected-invalid = Serwer grupy nie mógł przyjąć tej zmiany w tej postaci: może jest za długa.
sync-rejected-not-found = Serwer grupy nie ma już tego, czego dotyczyła ta zmiana.
sync-rejected-forbidden = Ta zmiana nie należy do twojej roli w grupie.
sync-rejected-left-group = Grupa była już opuszczona, więc ta zmiana nie została wysłana.
sync-damaged-change = Ta zmiana uszkodziła się na tym urządzeniu i nie mogła zostać wysłana.
sync-refused-connection = Coś między Brim a serwerem grupy odrzuciło połączenie (kod { $status }). Sprawdź adres grupy albo spróbuj innej sieci.

## Gdzie zapisano kopię: słowa pasują do backup-saved (settings.ftl), po „Kopia jest w” (miejscownik).

backup-place-beside-journal = folderze Kopie obok dziennika
backup-place-downloads = folderze Pobrane
backup-place-documents = folderze Dokumenty
backup-place-home = folderze domowym

## Strona umiejętności do formularza o pracę

portfolio-title = Moje umiejętności
portfolio-intro = Umiejętności, które mam, historia za nimi i chwile, które je pokazują.
portfolio-job-words = Do formularza o pracę: { $words }
portfolio-file-name = Portfolio umiejętności Brim { $date }
portfolio-save-title = Zapisz stronę z umiejętnościami
portfolio-save-filter = Dokument PDF
# Po „jest w”: miejscownik.
portfolio-place-folder = folderze „{ $folder }”
portfolio-place-chosen = wybranym miejscu

## Data słowami. Nazwy miesięcy są w dopełniaczu, bo stoją po dniu: „4 grudnia 2026”.

date-in-words = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
