# Wersja robocza. Draft for review.

audience-summary_only = Tylko policz w podsumowaniu grupy
audience-lead = Prowadzący grupę
audience-peer_supporters_and_lead = Osoby wspierające i prowadzący
audience-whole_group = Cała grupa
audience-who-summary_only = Twoje imię nie jest nikomu pokazywane. Prowadzący widzi tylko sumy, na przykład "6 osób udostępniło umiejętność z dziedziny Ludzie".
audience-who-lead = Zobaczy to tylko prowadzący grupę, z twoim imieniem.
audience-who-peer_supporters_and_lead = Zobaczą to osoby wspierające i prowadzący grupę, z twoim imieniem.
audience-who-whole_group = Zobaczy to każdy w twojej grupie, z twoim imieniem.

role-lead = prowadzący grupę
role-peer_supporter = osoba wspierająca
role-member = członek grupy

ago-not-yet = jeszcze nie
ago-just-now = przed chwilą
ago-minutes = { $minutes ->
    [one] { $minutes } minutę temu
    [few] { $minutes } minuty temu
   *[other] { $minutes } minut temu
}
ago-hours = { $hours ->
    [one] { $hours } godzinę temu
    [few] { $hours } godziny temu
   *[other] { $hours } godzin temu
}

status-needs-rejoin = To urządzenie nie jest już zapisane w grupie, więc Brim usunął to, co inni ci udostępnili. Twój dziennik jest bezpieczny.
status-leaving = Opuszczanie grupy. Brim dokończy to, gdy następnym razem połączy się z grupą.
status-in-touch = W kontakcie z grupą { $when }
status-not-yet = Jeszcze bez kontaktu z grupą
status-to-send = { $count ->
    [one] { $count } zmiana czeka na wysłanie
    [few] { $count } zmiany czekają na wysłanie
   *[other] { $count } zmian czeka na wysłanie
}
status-refused = { $count ->
    [one] { $count } zmiany grupa nie mogła przyjąć
    [few] { $count } zmian grupa nie mogła przyjąć
   *[other] { $count } zmian grupa nie mogła przyjąć
}
status-line = { $parts }.
status-no-connection = Teraz brak połączenia: Brim spróbuje ponownie sam.

summary-area-people = Ludzie
summary-area-organising = Organizowanie
summary-area-practical = Praktyczne
summary-area-creative = Twórcze
summary-area-resilience = Odporność
summary-area-money = Pieniądze
summary-area-caring = Opieka
summary-area-speaking_up = Zabieranie głosu
summary-area-learning = Nauka
summary-area-own = Ich własne dziedziny

contribution-own-area = twoja własna dziedzina
contribution-up = wzrosło
contribution-same = bez zmian
contribution-down = zmieniło się w dół
contribution-line = To liczy się też w podsumowaniu grupy jako: { $parts }

figure-about = około { $members }
figure-hidden = mniej niż { $k } — ukryte
release-none = Nie ma jeszcze podsumowania. Pierwsze pojawi się, gdy co najmniej { $k } osób udostępni coś, co się w nim liczy.
release-made = To podsumowanie powstało { $date }. Zostaje takie samo do następnego.
release-budget-spent = Tegoroczny limit prywatności dla podsumowań jest wykorzystany, więc następne może pojawić się najwcześniej { $date }.
release-next = Następne może pojawić się { $date } lub później, gdy zmienią się udostępnienia co najmniej { $k } osób.

shared-moment = Chwila
shared-on = { $date }
shared-since = od { $date }
shared-progress = { $from } → { $to }
shared-it-showed = Pokazała: { $skills }
rating-words = { $rating ->
    [1] dopiero zaczynam
    [2] idzie mi coraz lepiej
    [3] potrafię to
    [4] robię to dobrze
   *[5] mogę tego uczyć
}

summary-title = Podsumowanie grupy
summary-brings = Co wnosi nasza grupa
summary-brings-about = Umiejętności, które osoby z twojej grupy zgodziły się policzyć, razem. Nie ma tu niczyich własnych odpowiedzi.
summary-by-area = Osoby, które udostępniły umiejętność, według dziedziny
summary-ratings = Ostatnia udostępniona ocena
summary-progress = Udostępnione postępy
summary-change-up = Wzrosło
summary-change-same = Bez zmian
summary-change-down = Zmieniło się w dół
summary-counted = Liczy się tylko to, co członkowie zdecydowali się w nim policzyć.
summary-counted-about = Liczy się tylko to, co członkowie zdecydowali się w nim policzyć: około { $members } osób.
summary-noise = Do każdej liczby dodano trochę losowego szumu, aby nie dało się wyłowić niczyjego udziału: liczby są przybliżone, nie dokładne. Liczby poniżej { $k } są ukryte.
summary-chart-label = Wykres słupkowy: { $title }. Tabela poniżej ma te same liczby.
summary-table-label = { $title }, w tabeli
summary-col-group = Grupa
summary-col-people = Osoby
summary-comes-next = Podsumowanie pojawi się, gdy Brim następnym razem połączy się z grupą.

visible-title = Co widzi moja grupa
visible-about = Dokładnie to serwer grupy przechowuje od ciebie. Możesz wszystko wycofać, kiedy zechcesz.
visible-none = Nic jeszcze nie udostępniono. Twój dziennik jest prywatny, dopóki nie zdecydujesz się czegoś udostępnić.
visible-being-taken-back = Wycofywanie. Zniknie, gdy Brim następnym razem połączy się z grupą.
visible-update-coming = Nowsza wersja jest w drodze.
visible-changed = Zmienione od udostępnienia.
visible-update = Zaktualizuj udostępnienie
visible-take-back-ask = Wycofać to? Nikt w grupie tego nie zobaczy, gdy Brim połączy się z grupą.
visible-take-back-yes = Tak, wycofaj
visible-keep = Zostaw udostępnione
visible-take-back = Wycofaj
visible-take-back-label = Wycofaj: { $what }
visible-take-back-moment = Wycofaj: chwilę
visible-take-back-check-in = Wycofaj: podsumowanie
visible-taken-back = Wycofano. Zniknie z grupy, gdy Brim następnym razem się z nią połączy.
visible-back = Wróć do mojej grupy

join-title = Dołącz do grupy
join-about = Grupa pozwala udostępniać to, co wybierzesz, osobom, którym ufasz. Przy dołączaniu nic z dziennika nie jest wysyłane.
join-signed-out = To urządzenie nie jest już zapisane w grupie { $group }, więc Brim usunął z telefonu to, co inni ci udostępnili. Twój dziennik jest bezpieczny. Aby dołączyć ponownie, poproś prowadzącego o nowy kod zaproszenia.
join-server = Adres strony twojej grupy
join-server-hint = Prowadzący grupę poda ci go razem z kodem zaproszenia. Wygląda jak groups.example.org
join-code = Kod zaproszenia
join-code-hint = Możesz tu też wkleić cały link zaproszenia.
join-name = Twoje imię w grupie
join-name-hint = Imię, które zobaczą inni w grupie. Wystarczy samo imię.
join-device = Nazwa tego telefonu
join-device-default = Mój telefon
join-joining = Dołączam…
join-now = Dołącz do grupy
join-offline = Nie udało się połączyć z serwerem grupy. Sprawdź połączenie z internetem i adres, potem spróbuj ponownie. Twój dziennik jest bezpieczny na tym telefonie.
join-done = Dołączono do { $group }. Nic z dziennika nie zostało wysłane. To ty wybierasz, co udostępnić.
left-title = Grupy, które opuszczono
left-you = opuszczono { $date }.
left-removed = prowadzący usunął cię z grupy { $date }.
left-erased = Serwer usunął: udostępnienia { $shares }, docenienia { $recognitions }, telefony { $phones }.
left-on-phone = Serwer zrobił to już wcześniej; to potwierdzenie zapisano na telefonie.
group-you-are = Twoja rola: { $role }, jako { $name }.
sync-title = W kontakcie
sync-refused = Grupa nie mogła tego przyjąć
sync-refused-one = Grupa nie mogła przyjąć tej zmiany.
sync-let-go = Przeczytane, można odpuścić
sync-sending = Wysyłam i pobieram…
sync-now = Wyślij i pobierz teraz
sync-offline = Teraz brak połączenia. Brim spróbuje ponownie sam.
group-lead-link = Zaproszenia i osoby w grupie
feed-lead = Udostępnione tobie, prowadzącemu
feed-peer = Udostępnione osobom wspierającym i prowadzącemu
feed-whole = Udostępnione całej grupie
feed-shared-on = udostępniono { $date }
notice-words = Kilka słów dla { $name } (można zostawić puste)
notice-send = Wyślij: dobrze ci idzie { $skill }
notice-tell = Powiedz { $name }, co zauważono
notice-sent = Docenienie dla { $name } jest w drodze.
roles-open = Otwarci na role
roles-open-about = Osoby, które chcą, by pytać je o role, na przykład wolontariat albo pracę.
roles-find-by = Szukaj według umiejętności
roles-find = Szukaj
roles-any-skill = dowolna umiejętność
roles-nobody = Na razie nikt nie pasuje.
roles-comes-next = Lista pojawi się, gdy Brim następnym razem połączy się z grupą.
roles-yours = Role dla ciebie
roles-open-to = Chętnie przyjmę rolę, na przykład wolontariat albo pracę
roles-skills = Umiejętności, o które można mnie pytać
roles-skills-hint = Oddziel je przecinkami.
roles-save = Zapisz
roles-saved-on = Zapisano. Prowadzący może cię znaleźć do ról.
roles-saved-off = Zapisano. Nie ma cię na liście ról.
leave-title = Opuść grupę
leave-ask = Opuścić { $group }?
leave-what = Wszystko, co udostępniono, zostanie usunięte z serwera grupy i nikt w grupie już tego nie zobaczy. Twój dziennik zostaje na tym telefonie.
leave-rejoin = Aby dołączyć ponownie, potrzebny będzie nowy kod zaproszenia.
leave-yes = Tak, opuść i usuń to, co udostępniono
leave-stay = Zostań w grupie
leave-done = Opuszczanie grupy. Brim usuwa z serwera wszystko, co udostępniono.
group-more = Więcej: krok w tył, ustawienia i inne

## Everyone in the group, and ways to take part

shared-answer = Odpowiedź na „{ $title }”
people-title = Ludzie w twojej grupie
people-about = Każdy może powiedzieć każdemu, co zauważył, niezależnie od tego, czy ta osoba czymś się podzieliła.
people-nobody-yet = Nikt inny jeszcze nie dołączył.
people-skill = W czym { $name } jest dobry?
people-area = Do jakiego obszaru to należy?
people-area-pick = Wybierz obszar
people-send = Wyślij
roles-no-skills = Najpierw dodaj umiejętności do dziennika. Potem wybierzesz je tutaj.
roles-recruit = Chcę pomagać w rekrutacji, na przykład w panelu rozmów
roles-would-recruit = Chce pomagać w rekrutacji
opportunities-title = Jak się włączyć
opportunities-about = Okazje, by użyć swoich umiejętności dla grupy lub usługi, na przykład w panelu rozmów. Odpowiedz umiejętnościami, które chcesz zaproponować. Odpowiedź widzi tylko prowadzący i możesz ją wycofać.
opportunities-about-lead = Opublikuj okazję, by ludzie mogli użyć swoich umiejętności. Widzi ją cała grupa; odpowiedzi trafiają tylko do ciebie.
opportunities-none = Teraz nic nie jest otwarte.
opportunity-needs = Potrzebne umiejętności: { $skills }
opportunity-closes = Otwarte do { $date }
opportunity-answers =
    { $count ->
        [0] Jeszcze brak odpowiedzi
        [one] Jedna odpowiedź
        [few] { $count } odpowiedzi
       *[other] { $count } odpowiedzi
    }
opportunity-take-down = Zdejmij
opportunity-you-answered = Odpowiedziałeś na to. Widzi to tylko prowadzący.
opportunity-take-back = Wycofaj
opportunity-preview = Tak zobaczy to prowadzący:
opportunity-send = Wyślij do prowadzącego
opportunity-change = Zmień
opportunity-pick = Które ze swoich umiejętności chcesz zaproponować?
opportunity-no-skills = Najpierw dodaj umiejętności do dziennika. Potem zaproponujesz je tutaj.
opportunity-with-stories = Dołącz historię każdej umiejętności
opportunity-note = Kilka słów od siebie (możesz zostawić puste)
opportunity-look = Zobacz, co dostanie prowadzący
opportunity-answer = Odpowiedz swoimi umiejętnościami
opportunity-answered = Twoja odpowiedź jest w drodze do prowadzącego.
opportunity-taken-back = Odpowiedź wycofana. Zniknie z telefonu prowadzącego, gdy Brim następnym razem połączy się z grupą.
opportunity-posted = Opublikowano. Zobaczy to cała grupa.
opportunity-taken-down = Zdjęto. Odpowiedzi zostają u ciebie, dopóki każdy nie wycofa swojej.
opportunity-thank = Podziękuj: { $name }
opportunity-thanks-words = Dziękuję za odpowiedź na „{ $title }”.
opportunity-earlier = Odpowiedzi na zamknięte okazje
opportunity-post-title = Opublikuj sposób, by się włączyć
opportunity-title = Co to jest?
opportunity-title-hint = Na przykład: panel rozmów z nowym pracownikiem wsparcia.
opportunity-about = Więcej: kiedy, gdzie, na czym polega
opportunity-skills = Potrzebne umiejętności
opportunity-closes-on = Ostatni dzień na odpowiedź
opportunity-post = Opublikuj
