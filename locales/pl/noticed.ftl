# Wersja robocza. Draft for review.

noticed-about = Kiedy ktoś mówi ci, co robisz dobrze, zachowaj to tutaj. Potem dodaj do swoich umiejętności.
noticed-what = Co zauważyli?
noticed-who = Kto to powiedział?
noticed-who-hint = Na przykład „Dee, moja opiekunka”.
noticed-said = Co powiedzieli?
noticed-save = Zapisz
noticed-none = Nic tu jeszcze nie ma.
noticed-none-how = Czy ktoś powiedział, że coś robisz dobrze? Przyjaciel, pracownik, ktoś z grupy? Zapisz to.
noticed-waiting = Czeka na ciebie
noticed-which-skill = Jaką umiejętność to pokazuje?
noticed-new-skill = Nowa umiejętność
noticed-add-label = Dodaj do moich umiejętności: słowa od { $from }
noticed-not-for-me = Nie dla mnie
noticed-not-for-me-label = Nie dla mnie: słowa od { $from }
noticed-add = Dodaj to, co ktoś zauważył
noticed-kept = Już zachowane
noticed-saved = Zapisano. Teraz wybierz, co z tym zrobić.
noticed-added = Dodano do: { $skill }, jako chwilę.
noticed-added-any = Dodano do twoich umiejętności, jako chwilę.
noticed-set-aside = Odłożono na bok.
noticed-in-skill = w: { $skill }
noticed-in-any = w twoich umiejętnościach
noticed-put-aside = odłożone na bok
