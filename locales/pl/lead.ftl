# Wersja robocza. Draft for review.

lead-title = Zaproszenia i osoby
lead-only = Tylko prowadzący grupę może zapraszać osoby i zmieniać skład grupy.
lead-back = Wróć do swojej grupy
lead-you-run = Prowadzisz grupę { $group }. To wymaga połączenia z serwerem grupy.
lead-offline = Do prowadzenia grupy potrzebne jest połączenie. Sprawdź internet i spróbuj ponownie.
lead-invite = Zaproś kogoś
lead-join-as = Dołączy jako
lead-a-member = Członek grupy
lead-a-peer = Osoba wspierająca
lead-uses = Ile osób może z niego skorzystać
lead-days = Przez ile dni działa
lead-making = Tworzę zaproszenie…
lead-make = Utwórz zaproszenie
lead-new-invite = Twoje nowe zaproszenie
lead-read-out = Przeczytaj kod na głos albo pozwól zeskanować obrazek telefonem.
lead-qr = Kod QR z linkiem zaproszenia
lead-join-link = Link zaproszenia
lead-copied = Skopiowano
lead-copy = Skopiuj link
lead-works-for = { $people ->
    [one] Działa dla jednej osoby do { $date }.
    [few] Działa dla { $people } osób do { $date }.
   *[other] Działa dla { $people } osób do { $date }.
}
lead-only-once = Brim pokazuje ten kod tylko teraz: nie jest nigdzie przechowywany.
lead-invites = Zaproszenia
lead-getting-invites = Pobieram zaproszenia…
lead-no-invites = Nie ma jeszcze zaproszeń.
lead-cancel-invite = Anuluj to zaproszenie
lead-invite-cancelled = To zaproszenie jest anulowane. Nikt więcej nie dołączy z nim.
invite-line = Dla: { $who }, utworzone { $date }: { $used }, { $state }.
invite-used = użyte
invite-not-used = jeszcze nieużyte
invite-uses = użyte { $uses } z { $max }
invite-open = działa do { $date }
invite-used-up = wszyscy, dla których było, dołączyli
invite-expired = wygasło { $date }
invite-cancelled = anulowane
lead-people = Osoby w grupie
lead-getting-people = Pobieram listę…
lead-nobody = Jeszcze nikogo.
lead-you = (ty)
lead-role-lead = Prowadzący
lead-role-peer = Osoba wspierająca
lead-role-member = Członek grupy
lead-joined = { $role }, dołączenie { $date }
lead-remove-ask = Usunąć { $name } z grupy?
lead-remove-what = Wszystko udostępnione przez { $name } zostanie usunięte z serwera grupy i nikt w grupie już tego nie zobaczy. Dziennik tej osoby zostaje na jej telefonie, z notatką o tym, co usunięto.
lead-remove-rejoin = Aby wrócić, potrzebne będzie nowe zaproszenie.
lead-remove-yes = Tak, usuń { $name }
lead-keep = Zostaw { $name }
lead-make-peer = Ustaw { $name } jako osobę wspierającą
lead-make-member = Ustaw { $name } jako członka grupy
lead-remove = Usuń { $name }…
lead-now-peer = { $name } jest teraz osobą wspierającą. Telefon tej osoby pokaże to przy następnym kontakcie z grupą.
lead-now-member = { $name } znów jest członkiem grupy. Telefon tej osoby pokaże to przy następnym kontakcie z grupą.
lead-removed = { $name } nie należy już do grupy. Wszystko, co ta osoba udostępniła, usunięto z serwera grupy.
