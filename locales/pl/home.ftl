# Wersja robocza. Draft for review.

home-title-loading = Brim
home-title-welcome = Witaj w Brim
home-title-again = Miło cię znów widzieć

home-start-title = Każdy ma umiejętności.
home-start-body = Znajdźmy twoją pierwszą. Brim ma pomysły, które pomogą ci je dostrzec.
home-start-action = Znajdź moją pierwszą umiejętność

home-check-in-title = Podsumowanie
home-check-in-start = Zacznij podsumowanie
home-check-in-on = To będzie { $date }.

home-noticed-title = Ktoś cię docenił
home-noticed-waiting = { $count ->
    [one] Czeka na ciebie jedno docenienie.
    [few] Czekają na ciebie { $count } docenienia.
    [many] Czeka na ciebie { $count } doceniań.
   *[other] Czeka na ciebie { $count } docenienia.
}
home-noticed-action = Zobacz, co napisali

home-idea-title = Coś do przemyślenia
home-idea-answer = Jeśli tak, to jest umiejętność:
home-idea-action = Zobacz pomysły na umiejętności

step-back-card-title = Krok w tył
step-back-card-body = Wyobraź sobie niedawny dzień, jak gdyby to był dzień przyjaciela. Co ta osoba zrobiła dobrze?
step-back-card-action = Zrób krok w tył

home-recent-title = Ostatnie chwile
home-recent-all = Zobacz wszystkie swoje chwile
home-recent-kept-before = Twoje odpowiedzi z kroku w tył i to, co zauważyli inni, są zapisane razem ze
home-recent-kept-link = wszystkimi twoimi chwilami
