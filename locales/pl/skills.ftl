# Wersja robocza. Draft for review.

skills-title = Twoje umiejętności
skills-first = Znajdźmy twoją pierwszą.
skills-first-how = Wybierz z listy pomysłów albo opisz ją własnymi słowami.
skills-find-idea = Znajdź umiejętność na liście pomysłów
skills-write-own = Opiszę własną umiejętność
skills-put-away = Odłożone
skills-put-away-about = Odłożone umiejętności są bezpieczne, razem ze wszystkimi chwilami.
skills-put-away-hide = Ukryj odłożone umiejętności
skills-put-away-show = Pokaż odłożone umiejętności ({ $count })
moment-count = { $count ->
    [one] { $count } chwila
    [few] { $count } chwile
    [many] { $count } chwil
   *[other] { $count } chwili
}

skill-name = Nazwa umiejętności
skill-name-hint = Kilka słów, na przykład „Słuchanie” albo „Naprawianie rowerów”.
skill-area = Dziedzina
skill-area-choose = Wybierz dziedzinę
skill-area-own = Coś innego (moimi słowami)
skill-area-own-name = Twoja dziedzina
skill-story = Twoja historia
skill-story-hint = Skąd to umiesz albo kiedy z tego korzystasz?

skill-new-title = Opisz własną umiejętność
skill-new-from-answer = Twoja odpowiedź to początek jej historii i będzie pierwszą chwilą tej umiejętności.
skill-new-about = Nazwij własnymi słowami coś, co robisz dobrze.
skill-new-save = Zapisz umiejętność
skill-new-ideas = Albo zobacz pomysły na umiejętności
skill-new-answer-not-added = Umiejętność jest zapisana, ale nie udało się dodać do niej twojej odpowiedzi: { $why }

skill-title = Umiejętność
skill-not-found = Nie znaleziono umiejętności
skill-back-to-list = Wróć do swoich umiejętności
skill-added = Dodano do twoich umiejętności.
skill-changes-saved = Zmiany są zapisane.
skill-put-away-done = Odłożono. Jej chwile są bezpieczne.
skill-back-done = Witaj z powrotem. Ta umiejętność znów jest na liście.
skill-is-put-away = odłożona
skill-shared = { $audience ->
    [summary_only] Liczona w podsumowaniu grupy.
    [lead] Udostępniona prowadzącemu grupę.
    [peer_supporters_and_lead] Udostępniona osobom wspierającym i prowadzącemu.
   *[whole_group] Udostępniona całej grupie.
}
skill-shared-changed = { $audience ->
    [summary_only] Liczona w podsumowaniu grupy · zmieniona od udostępnienia.
    [lead] Udostępniona prowadzącemu grupę · zmieniona od udostępnienia.
    [peer_supporters_and_lead] Udostępniona osobom wspierającym i prowadzącemu · zmieniona od udostępnienia.
   *[whole_group] Udostępniona całej grupie · zmieniona od udostępnienia.
}
skill-moments = Chwile, które ją pokazują
skill-no-moments = Nie ma jeszcze chwil. Kiedy użyjesz tej umiejętności, dodaj chwilę. To twój dowód.
skill-change = Zmień tę umiejętność
skill-bring-back = Przywróć ją
skill-put-it-away = Odłóż ją
skill-share = Udostępnij grupie
skill-share-update = Zaktualizuj to, co udostępniono
skill-add-moment = Dodaj chwilę dla tej umiejętności
skill-cancel = Anuluj
