# Wersja robocza. Draft for review.

share-title = Udostępnij grupie
share-how-grown = Jak rozwinęła się umiejętność { $skill }
share-your-moment = Twoja chwila
share-your-moment-on = Twoja chwila z { $date }
share-your-check-in-on = Twoje podsumowanie z { $date }
share-no-check-in = Nie znaleziono tego podsumowania. Mogło zostać usunięte.
share-not-in-group = Nie należysz jeszcze do grupy. Wszystko zostaje na tym telefonie, dopóki nie dołączysz i nie zdecydujesz się czegoś udostępnić.
share-when-back = Można znów udostępniać po powrocie do grupy.
share-new-version = To jest nowa wersja
share-what-is-sent = To zostanie wysłane
share-who = Kto to zobaczy:
share-contribution = { $line }. Trafiają tam tylko te słowa i liczby, nigdy twoje własne słowa.
share-a-copy = To kopia. Jeśli coś później zmienisz, kopia zostanie taka sama, dopóki jej nie zaktualizujesz.
share-exact = Pokaż dokładne dane, które zostaną wysłane
share-send-update = Wyślij aktualizację
share-it = Udostępnij
share-go-back = Wróć
share-already = Już udostępnione
share-live-counted = Liczone w podsumowaniu grupy, bez twojego imienia.
share-live-counted-soon = Będzie liczone w podsumowaniu grupy, bez twojego imienia, gdy Brim połączy się z grupą.
share-live-sees = może to zobaczyć.
share-live-sees-soon = będzie mógł to zobaczyć, gdy Brim połączy się z grupą.
share-again = Udostępnij ponownie, komuś innemu
share-who-should = Kto ma to zobaczyć?
share-include-story = Dołącz moją historię
share-which-ratings = Które oceny?
share-see = Zobacz, co zostanie wysłane
share-updated = Zaktualizowano. Brim wyśle nową wersję do grupy w tle.
share-counted = Liczone w podsumowaniu grupy, bez twojego imienia. Brim wyśle to w tle.
share-shared = { $audience ->
    [lead] Udostępniono prowadzącemu grupę. Brim wyśle to do grupy w tle.
    [peer_supporters_and_lead] Udostępniono osobom wspierającym i prowadzącemu. Brim wyśle to do grupy w tle.
   *[whole_group] Udostępniono całej grupie. Brim wyśle to do grupy w tle.
}
