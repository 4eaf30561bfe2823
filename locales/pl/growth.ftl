# Wersja robocza. Draft for review.

growth-title = Twój rozwój
growth-none = Twój rozwój pojawi się tu po pierwszym podsumowaniu.
growth-none-how = Podsumowanie trwa kilka minut: oceniasz każdą umiejętność od 1 do 5.
growth-go-check-in = Przejdź do podsumowania
growth-so-far = { $count ->
    [one] Pierwsze podsumowanie było { $date }.
   *[other] Podsumowania do tej pory: { $count }. Ostatnie było { $date }.
}
growth-skills-now = Twoje umiejętności teraz
growth-compare = Porównaj z
growth-last-time = Ostatnio
growth-my-first = Moje pierwsze podsumowanie
growth-star-label = Wykres gwiazdowy ostatniego podsumowania. Te same liczby są w tabeli poniżej.
growth-star-label-first = Wykres gwiazdowy ostatniego podsumowania w porównaniu z pierwszym. Te same liczby są w tabeli poniżej.
growth-star-label-last = Wykres gwiazdowy ostatniego podsumowania w porównaniu z poprzednim. Te same liczby są w tabeli poniżej.
growth-now-on = Teraz ({ $date })
growth-first-on = Pierwsze ({ $date })
growth-last-on = Ostatnio ({ $date })
growth-each-skill = Każda umiejętność w czasie
growth-line-label = Wykres liniowy ocen każdej umiejętności w każdym podsumowaniu. Te same liczby są w tabeli poniżej.
growth-numbers = Liczby
growth-star-later = Gdy ocenisz trzy umiejętności lub więcej, wykres gwiazdowy pokaże je tu razem.
growth-table-label = Twoje oceny w tabeli
growth-table-caption = Twoje oceny: pierwsze podsumowanie, ostatnio i teraz
growth-col-skill = Umiejętność
growth-col-first = Pierwsze
growth-col-now = Teraz
growth-share = Udostępnij
growth-share-label = Udostępnij, jak rozwinęła się umiejętność { $skill }
growth-each-area = Każda dziedzina w czasie
growth-each-area-about = Średnia twoich ocen w każdej dziedzinie, w każdym podsumowaniu.
growth-area-label = { $area }: średnia w każdym podsumowaniu
growth-from-skills = { $count ->
    [one] z { $count } umiejętności
   *[other] z { $count } umiejętności
}
growth-check-ins = Twoje podsumowania
growth-with-note = z notatką
growth-evidence = Twoje dowody
growth-evidence-about = Chwile, które pokazują każdą umiejętność.
growth-quarters-label = Chwile dla: { $skill }, po trzy miesiące
growth-up-since-last = Wyżej o { $change } niż ostatnio
growth-up-since-first = Wyżej o { $change } niż w pierwszym podsumowaniu
growth-changed-since-last = Zmiana od ostatniego razu
growth-changed-since-first = Zmiana od pierwszego podsumowania
growth-not-rated = Jeszcze bez oceny
