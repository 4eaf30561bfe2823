# Wersja robocza: do przeczytania przez osoby mówiące po polsku, z własnym
# doświadczeniem (zob. locales/TRANSLATING.md).
# Draft: to be read by Polish speakers with lived experience.

## Ludzie

skill-idea-listening = Słuchanie
    .about = Poświęcanie drugiej osobie pełnej uwagi, żeby czuła się wysłuchana.
    .question = Czy ludzie mówią ci rzeczy, których nie powiedzieliby byle komu?
    .job-words = Słucham uważnie i ludzie czują, że naprawdę ich słyszę.

skill-idea-reading-a-room = Wyczuwanie atmosfery
    .about = Wyczuwanie, jak czują się inni, i zauważanie, kiedy zaraz może zrobić się groźnie.
    .question = Czy zdarzyło ci się wyczuć kłopoty, zanim ktoś cokolwiek powiedział, i w porę zejść z drogi?

skill-idea-calming-things-down = Uspokajanie sytuacji
    .about = Pomaganie, żeby nerwy opadły, zanim komuś stanie się krzywda.
    .question = Czy kiedyś udało ci się uspokoić kogoś, kiedy kłótnia miała zaraz zamienić się w bójkę?

skill-idea-making-friends = Zawieranie znajomości
    .about = Poznawanie nowych ludzi i sprawianie, że czują się mile widziani.
    .question = Jeśli zdarzyło ci się przeprowadzić w nowe miejsce, czy udało ci się znaleźć ludzi, z którymi się dogadujesz i którym ufasz?

skill-idea-building-trust = Budowanie zaufania
    .about = Sprawianie, że ludzie czują się przy tobie na tyle bezpiecznie, żeby się otworzyć.
    .question = Czy zdarzyło ci się, że ktoś nowy, nieśmiały albo nieufny, otworzył się najpierw właśnie przed tobą?

skill-idea-teamwork = Praca w zespole
    .about = Robienie swojej części w grupie, żeby całość działała.
    .question = Czy zdarzyło ci się dzielić z innymi pokój, kuchnię albo pracę i pomagać, żeby było sprawiedliwie?
    .job-words = Dobrze pracuję w zespole i robię swoją część.

skill-idea-getting-along = Dogadywanie się
    .about = Znajdowanie wspólnego języka z ludźmi, którzy bardzo się od ciebie różnią.
    .question = Czy dogadujesz się z różnymi ludźmi: młodymi i starszymi, cichymi i głośnymi?

skill-idea-lifting-the-mood = Poprawianie nastroju
    .about = Żart albo miłe słowo, dzięki którym w trudnej chwili robi się lżej.
    .question = Czy zdarzyło ci się rozśmieszyć ludzi w zły dzień, tak że mieli siłę iść dalej?

skill-idea-seeing-their-side = Patrzenie oczami innych
    .about = Rozumienie, co ktoś czuje, nawet jeśli jego życie bardzo różni się od twojego.
    .question = Czy zdarzyło ci się zrozumieć, dlaczego ktoś się tak zachował, kiedy inni tylko się złościli?
    .job-words = Rozumiem, co czują inni, i potrafię spojrzeć na sprawy z ich strony.

skill-idea-not-judging = Bez oceniania
    .about = Przyjmowanie ludzi takimi, jacy są, bez oceniania ich z góry.
    .question = Czy ludzie otwierają się przed tobą, bo wiedzą, że nie patrzysz na nich z góry?
    .job-words = Traktuję wszystkich z szacunkiem i nikogo nie oceniam.

## Organizowanie

skill-idea-planning-ahead = Planowanie
    .about = Myślenie o tym, co nadchodzi, i przygotowanie się na to.
    .question = Czy zdarzyło ci się przejść przez tydzień bez stałego miejsca do spania, bo umiesz zaplanować, gdzie zjeść, gdzie się umyć i gdzie spać?

skill-idea-keeping-track = Pilnowanie spraw
    .about = Pamiętanie o datach, godzinach i o tym, co obiecujesz zrobić.
    .question = Czy kiedyś udało ci się ogarnąć mnóstwo terminów i spotkań, nawet bez kalendarza i telefonu?

skill-idea-first-things-first = Najpierw to, co ważne
    .about = Ustalanie, co jest najważniejsze, i zajmowanie się tym najpierw.
    .question = Kiedy wiele rzeczy sypie się naraz, czy umiesz ustalić, czym zająć się najpierw?

skill-idea-sorting-paperwork = Ogarnianie papierów
    .about = Wypełnianie formularzy i przechowywanie pism tak, żeby łatwo je potem znaleźć.
    .question = Czy zdarzyło ci się wypełnić długi formularz albo zachować wszystkie swoje papiery przy przeprowadzce?

skill-idea-turning-up = Stawianie się na czas
    .about = Bycie tam, gdzie się umawiasz, i o umówionej porze.
    .question = Czy zdarzyło ci się chodzić na coś co tydzień, na przykład na spotkania grupy, do pracy albo na odwiedziny, nawet kiedy trudno było tam dotrzeć?

skill-idea-setting-things-up = Organizowanie wydarzeń
    .about = Zbieranie ludzi, miejsca i rzeczy w jedno, żeby coś mogło się odbyć.
    .question = Czy zdarzyło ci się zorganizować dla innych posiłek, wyjazd, imprezę albo spotkanie grupy?

skill-idea-keeping-a-routine = Stały rytm dnia
    .about = Budowanie codziennego rytmu, który daje ci oparcie.
    .question = Czy zdarzyło ci się trzymać stały rytm dnia w miejscu z surowymi zasadami, na przykład w noclegowni, w szpitalu albo w więzieniu?

skill-idea-keeping-things-tidy = Utrzymywanie porządku
    .about = Trzymanie swoich rzeczy i swojego miejsca w porządku, żeby łatwo znaleźć to, czego potrzebujesz.
    .question = Czy zdarzyło ci się trzymać wszystko, co masz, bezpiecznie i w porządku w jednej torbie albo w jednym małym pokoju?

## Praktyczne

skill-idea-cooking-with-little = Gotowanie z niczego
    .about = Robienie dobrego posiłku, kiedy jest bardzo mało pieniędzy, jedzenia albo sprzętu.
    .question = Czy zdarzyło ci się zrobić ciepły posiłek na jednym palniku, w czajniku albo w mikrofalówce, kiedy w szafce było niewiele?
    .job-words = Umiem ugotować dobre posiłki dla wielu osób za małe pieniądze.

skill-idea-fixing-things = Naprawianie rzeczy
    .about = Naprawianie tego, co zepsute, żeby znowu działało.
    .question = Czy zdarzyło ci się naprawić rower, telefon, namiot albo ubrania, żeby dłużej wytrzymały?

skill-idea-finding-your-way = Odnajdywanie drogi
    .about = Poruszanie się po mieście, autobusami i po budynkach, bez gubienia się.
    .question = Czy znasz jakieś miasto tak dobrze, że wiesz, gdzie są darmowe toalety, ciepłe miejsca i skróty?

skill-idea-making-do = Zaradność
    .about = Używanie tego, co jest pod ręką, żeby zrobić to, co trzeba.
    .question = Czy zdarzyło ci się zrobić coś przydatnego z rzeczy, które inni wyrzucili?

skill-idea-staying-safe = Dbanie o bezpieczeństwo
    .about = Dostrzeganie zagrożeń i chronienie przed krzywdą siebie, swoich rzeczy i innych.
    .question = Czy zdarzyło ci się znaleźć bezpieczne miejsce do spania albo upilnować swoje rzeczy w niebezpiecznym miejscu?

skill-idea-phones-and-computers = Telefon i komputer
    .about = Załatwianie spraw przez telefon, tablet albo komputer.
    .question = Czy zdarzyło ci się użyć telefonu, żeby znaleźć pomoc, złożyć o coś wniosek albo być w kontakcie z ludźmi?

skill-idea-hands-on-work = Praca rękami
    .about = Używanie rąk i narzędzi, żeby budować, sprzątać, malować albo coś robić.
    .question = Czy zdarzyło ci się budować, malować, pracować w ogrodzie albo sprzątać, za pieniądze albo za darmo?

skill-idea-growing-things = Uprawianie roślin
    .about = Dbanie o rośliny, żeby dobrze rosły.
    .question = Czy zdarzyło ci się wyhodować coś do jedzenia albo kwiaty, nawet w doniczce na parapecie?

## Twórcze

skill-idea-art-and-drawing = Sztuka i rysowanie
    .about = Tworzenie obrazków, wzorów albo znaków, które coś dla ciebie znaczą.
    .question = Czy zdarzyło ci się rysować, bazgrać, malować albo zrobić dla kogoś kartkę, nawet na skrawku papieru?

skill-idea-music = Muzyka
    .about = Granie, śpiewanie, pisanie albo tworzenie muzyki.
    .question = Czy zdarzyło ci się grać, śpiewać, rapować albo wymyślić melodię, nawet tylko dla siebie?

skill-idea-writing = Pisanie
    .about = Ubieranie myśli, historii albo uczuć w słowa.
    .question = Czy zdarzyło ci się napisać list, wiersz, pamiętnik albo tekst piosenki, który mówił dokładnie to, co masz na myśli?

skill-idea-telling-stories = Opowiadanie historii
    .about = Przyciąganie uwagi ludzi opowieścią, prawdziwą albo zmyśloną.
    .question = Czy ludzie przerywają to, co robią, i słuchają, kiedy coś opowiadasz?

skill-idea-new-ideas = Nowe pomysły
    .about = Wymyślanie nowych sposobów, żeby coś zrobić albo obejść problem.
    .question = Czy zdarzyło ci się znaleźć sposób na problem, na który nikt inny nie wpadł?

skill-idea-making-by-hand = Rękodzieło
    .about = Robienie, szycie, rzeźbienie albo kształtowanie rzeczy własnymi rękami.
    .question = Czy zdarzyło ci się zrobić ręcznie prezent, model, biżuterię albo ubranie?

skill-idea-style = Styl
    .about = Dobieranie ubrań, fryzury albo wystroju pokoju tak, żeby wyglądało to dobrze.
    .question = Czy zdarzyło ci się stworzyć fajny strój, fryzurę albo ładny pokój prawie bez pieniędzy?

skill-idea-photos-and-video = Zdjęcia i filmy
    .about = Dostrzeganie dobrego ujęcia i łapanie go aparatem albo telefonem.
    .question = Czy robisz zdjęcia albo filmy, przy których ludzie się zatrzymują i patrzą?

## Odporność

skill-idea-keeping-going = Wytrwałość
    .about = Przechodzenie przez trudne czasy, dzień po dniu.
    .question = Czy zdarzyło ci się wstać i iść dalej w dzień, kiedy wszystko było ponad siły?

skill-idea-staying-calm = Zachowanie spokoju
    .about = Zachowanie jasnej głowy, kiedy wokół coś idzie nie tak.
    .question = Kiedy wokół robi się gorąco, czy umiesz zachować zimną krew i pomyśleć, co zrobić?
    .job-words = Zachowuję spokój pod presją.

skill-idea-adapting = Przystosowanie się
    .about = Szybkie poznawanie, jak działa nowe miejsce, i odnajdywanie się w nim.
    .question = Czy zdarzyło ci się, że trzeba było szybko poznać zasady nowego miejsca, na przykład domu dziecka, więzienia albo nowej szkoły?

skill-idea-bouncing-back = Podnoszenie się
    .about = Wstawanie po ciosie i próbowanie od nowa.
    .question = Czy zdarzyło ci się stracić dom, pracę albo plan, a potem zacząć od nowa?

skill-idea-staying-hopeful = Trzymanie się nadziei
    .about = Wiara, że może być lepiej, nawet kiedy trudno zobaczyć, jak.
    .question = Czy zdarzyło ci się podtrzymać odrobinę nadziei, w sobie albo w kimś innym, w ciemny dzień?

skill-idea-making-a-change = Wprowadzanie zmiany
    .about = Wybranie nowej drogi i trzymanie się jej.
    .question = Czy zdarzyło ci się zmienić jakiś nawyk albo sposób życia i wytrwać w tym, nawet kiedy było ciężko?

skill-idea-knowing-yourself = Znajomość siebie
    .about = Zauważanie własnych nastrojów i wiedza, co ci pomaga.
    .question = Czy znasz znaki, że idzie gorszy czas, i wiesz, co pomaga ci go przejść?

skill-idea-patience = Cierpliwość
    .about = Spokojne czekanie na to, co wymaga czasu.
    .question = Czy zdarzyło ci się czekać tygodniami albo miesiącami na wiadomość, decyzję albo termin i zachować spokój?

## Pieniądze

skill-idea-budgeting = Planowanie wydatków
    .about = Sprawianie, żeby pieniądze starczyły na to, czego potrzebujesz, i wiedza, na co idą.
    .question = Czy zdarzyło ci się sprawić, że niewielkie pieniądze wystarczyły aż do następnej wypłaty?
    .job-words = Rozsądnie zarządzam budżetem i potrafię sprawić, że pieniądze starczają na dłużej.

skill-idea-finding-bargains = Łowienie okazji
    .about = Wiedza, gdzie dostać to, czego potrzebujesz, tanio albo za darmo.
    .question = Czy wiesz, gdzie dostać jedzenie, ubrania albo inne rzeczy za darmo albo za grosze?

skill-idea-saving-up = Oszczędzanie
    .about = Odkładanie pieniędzy po trochu, na później.
    .question = Czy zdarzyło ci się odkładać pieniądze, po trochu, na coś, co było dla ciebie ważne?

skill-idea-fair-prices = Uczciwe ceny
    .about = Wiedza, ile coś jest warte i kiedy cena jest uczciwa.
    .question = Czy umiesz poznać, kiedy cena jest uczciwa, a kiedy ktoś próbuje cię naciągnąć?

skill-idea-swapping-and-trading = Wymiana i handel
    .about = Uczciwe wymiany, na których obie strony dostają coś, czego potrzebują.
    .question = Czy zdarzyło ci się wymienić rzeczy, umiejętności albo przysługi tak, że obie strony na tym zyskały?

skill-idea-selling = Sprzedawanie
    .about = Pomaganie ludziom zobaczyć, dlaczego warto coś kupić.
    .question = Czy zdarzyło ci się coś sprzedawać, na przykład gazetę, niepotrzebne ci rzeczy albo coś własnej roboty?

skill-idea-paying-bills = Płacenie rachunków
    .about = Pilnowanie czynszu, rachunków i spłaty długów.
    .question = Czy zdarzyło ci się płacić na czas czynsz albo rachunki, albo zrobić plan spłaty długu?

skill-idea-claiming-benefits = Załatwianie zasiłków
    .about = Sprawdzanie, jakie pieniądze i jaką pomoc możesz dostać, i doprowadzenie do wypłaty.
    .question = Czy zdarzyło ci się sprawdzić, jakie zasiłki albo dopłaty ci się należą, i doprowadzić sprawę do końca?

## Opieka

skill-idea-first-aid = Pierwsza pomoc
    .about = Pomaganie komuś, kto jest ranny albo źle się czuje, aż przyjedzie pomoc.
    .question = Czy zdarzyło ci się pilnować kogoś przy przedawkowaniu, napadzie drgawek albo groźnym upadku, aż przyjechała pomoc?

skill-idea-caring-for-animals = Opieka nad zwierzętami
    .about = Dbanie, żeby zwierzę było najedzone, bezpieczne, zdrowe i szczęśliwe.
    .question = Czy zdarzyło ci się opiekować psem albo innym zwierzęciem i dbać, żeby było najedzone i bezpieczne, nawet w trudnych czasach?

skill-idea-checking-on-people = Pytanie, co u innych
    .about = Zauważanie, kiedy z kimś dzieje się coś niedobrego, i sprawdzanie, jak się ma.
    .question = Czy zauważasz, kiedy ktoś bliski robi się cichy, i sprawdzasz, czy wszystko w porządku?

skill-idea-caring-for-family = Opieka nad rodziną
    .about = Pomaganie w opiece nad dzieckiem, rodzicem, partnerem, partnerką albo kimś innym bliskim.
    .question = Czy zdarzyło ci się opiekować dzieckiem, rodzicem albo kimś innym w domu, w jakimkolwiek wieku, także jako dziecko?

skill-idea-caring-for-yourself = Dbanie o siebie
    .about = Robienie drobnych rzeczy, dzięki którym czujesz się dobrze: jedzenie, mycie się, ciepło.
    .question = Czy zdarzyło ci się znaleźć sposób, żeby się umyć, najeść i ogrzać, kiedy wymagało to dużego wysiłku?

skill-idea-kindness = Życzliwość
    .about = Robienie czegoś dobrego dla innych, nawet jeśli nikt o to nie prosi.
    .question = Czy zdarzyło ci się podzielić jedzeniem, kocem albo ostatnimi pieniędzmi z kimś, kto tego potrzebował?

skill-idea-making-a-home = Tworzenie domu
    .about = Sprawianie, że miejsce jest czyste, bezpieczne i przytulne, choćby było bardzo małe.
    .question = Czy zdarzyło ci się zmienić mały pokój, celę albo namiot w miejsce, które było trochę jak dom?

skill-idea-being-there = Bycie przy kimś
    .about = Trwanie przy kimś w trudnym czasie.
    .question = Czy zdarzyło ci się trwać przy kimś bliskim w ciężkiej chwili, po stracie albo przez długi trudny okres?

skill-idea-being-active = Bycie w ruchu
    .about = Dbanie o ruch: chodzenie, sport, taniec albo ciężka praca.
    .question = Czy wszędzie chodzisz pieszo, uprawiasz sport albo cały dzień jesteś na nogach?
    .job-words = Mam dobrą kondycję, lubię ruch i znam pracę fizyczną.

## Zabieranie głosu

skill-idea-speaking-for-yourself = Mówienie w swoim imieniu
    .about = Jasne mówienie, czego potrzebujesz i na co się nie zgadzasz.
    .question = Czy zdarzyło ci się powiedzieć komuś, kto decyduje, czego potrzebujesz, i powtarzać to, aż cię wysłuchano?

skill-idea-backing-others-up = Wspieranie innych
    .about = Zabieranie głosu, kiedy ktoś inny jest źle traktowany.
    .question = Czy zdarzyło ci się stanąć w obronie kogoś, kogo się czepiano albo traktowano niesprawiedliwie?

skill-idea-public-speaking = Mówienie przed ludźmi
    .about = Mówienie do pełnej sali tak, żeby ludzie słuchali.
    .question = Czy zdarzyło ci się zabrać głos na spotkaniu, w grupie, na rozprawie albo przed komisją?
    .job-words = Swobodnie mówię przed grupą ludzi.

skill-idea-sharing-your-story = Dzielenie się swoją historią
    .about = Opowiadanie własnej historii tak, żeby pomagała innym.
    .question = Czy zdarzyło ci się opowiedzieć część swojej historii, żeby komuś innemu było mniej samotnie?

skill-idea-putting-things-right = Prostowanie spraw
    .about = Zgłaszanie problemu osobom, które decydują, żeby został naprawiony.
    .question = Czy zdarzyło ci się złożyć skargę albo odwołanie i doprowadzić do zmiany decyzji?

skill-idea-striking-a-deal = Negocjowanie
    .about = Rozmawianie tak długo, aż obie strony mogą się zgodzić.
    .question = Czy zdarzyło ci się coś wynegocjować, na przykład więcej czasu na spłatę albo lepszą cenę?

skill-idea-saying-no = Mówienie „nie”
    .about = Odmawianie, spokojnie i stanowczo.
    .question = Czy zdarzyło ci się odmówić czegoś, co nie było dla ciebie dobre, nawet kiedy inni naciskali?

skill-idea-dealing-with-systems = Radzenie sobie z urzędami
    .about = Przechodzenie przez kolejki na infolinii, urzędy i przepisy, aż ktoś cię wysłucha i sprawa zostanie załatwiona.
    .question = Czy zdarzyło ci się przebrnąć przez długie czekanie na infolinii, wiele urzędów albo gąszcz przepisów, żeby coś załatwić?

skill-idea-asking-for-help = Proszenie o pomoc
    .about = Wiedza, kiedy poprosić o pomoc i kogo.
    .question = Czy zdarzyło ci się poprosić o pomoc, kiedy była potrzebna, nawet jeśli wymagało to odwagi?

skill-idea-fairness = Sprawiedliwość
    .about = Dbanie, żeby każdy dostał sprawiedliwą część i mógł zabrać głos.
    .question = Czy zdarzyło ci się zauważyć, że ktoś jest pomijany, i dopilnować, żeby przyszła jego kolej?
    .job-words = Dbam o to, żeby ludzie byli traktowani sprawiedliwie i żeby każdy mógł zabrać głos.

skill-idea-defending-others = Obrona innych
    .about = Zabieranie głosu, kiedy ktoś jest źle traktowany, nawet jeśli to trudne.
    .question = Czy zdarzyło ci się wkroczyć, kiedy kogoś gnębiono albo traktowano z góry?
    .job-words = Staję w obronie ludzi, którzy są traktowani niesprawiedliwie.

skill-idea-speaking-for-a-group = Mówienie w imieniu innych
    .about = Przekazywanie tego, co myśli cała grupa, a nie tylko ty.
    .question = Czy zdarzyło ci się powiedzieć pracownikom albo na spotkaniu, czego chcą albo potrzebują ludzie, których znasz?
    .job-words = Jasno i uczciwie przedstawiam zdanie całej grupy.

skill-idea-sitting-on-a-panel = Udział w komisjach
    .about = Pomaganie w wyborze nowych pracowników albo wolontariuszy: zadawanie pytań i mówienie, co myślisz.
    .question = Czy zdarzyło ci się pomagać w rozmowie o pracę albo czy pytano cię o zdanie o kimś nowym?
    .job-words = Mam doświadczenie w komisjach rekrutacyjnych i pomagam wybrać właściwe osoby.

skill-idea-shaping-a-service = Ulepszanie miejsc pomocy
    .about = Pomaganie, żeby miejsce pomocy działało lepiej: mówienie, co działa, a co nie.
    .question = Czy zdarzyło ci się powiedzieć ludziom z jakiegoś miejsca pomocy, co można robić lepiej, i zobaczyć, że to zmienili?
    .job-words = Pomagam tworzyć i ulepszać usługi dla ludzi, korzystając z własnego doświadczenia.

## Uczenie się

skill-idea-learning-fast = Szybka nauka
    .about = Szybkie łapanie nowych rzeczy przez patrzenie i próbowanie.
    .question = Czy zdarzyło ci się nauczyć nowej pracy, gry albo sztuczki tylko przez patrzenie, jak ktoś to robi?

skill-idea-teaching-yourself = Samodzielna nauka
    .about = Samodzielne dochodzenie do tego, jak coś zrobić.
    .question = Czy zdarzyło ci się nauczyć czegoś z filmików, z książek albo próbując raz po raz, kiedy nikt cię nie uczył?

skill-idea-asking-questions = Zadawanie pytań
    .about = Ciekawość i pytanie tak długo, aż wszystko jest jasne.
    .question = Czy pytasz tak długo, aż coś stanie się dla ciebie jasne?

skill-idea-teaching-others = Uczenie innych
    .about = Pokazywanie komuś innemu, jak coś zrobić.
    .question = Czy zdarzyło ci się wprowadzić kogoś nowego, na przykład pokazać, gdzie zjeść, gdzie spać albo gdzie szukać pomocy?
    .job-words = Potrafię dobrze pokazać innym, jak coś zrobić.

skill-idea-finding-things-out = Szukanie informacji
    .about = Sprawdzanie różnych rzeczy i docieranie do faktów, których potrzebujesz.
    .question = Czy zdarzyło ci się sprawdzić swoje prawa, przepisy albo sprawę zdrowia, która cię martwi, i znaleźć to, czego potrzebujesz?

skill-idea-taking-a-course = Udział w kursie
    .about = Zapisanie się na naukę czegoś i doprowadzenie tego do końca.
    .question = Czy zdarzyło ci się zrobić kurs, chodzić na zajęcia albo być na szkoleniu, gdziekolwiek?

skill-idea-trying-again = Próbowanie jeszcze raz
    .about = Patrzenie na to, co nie wyszło, i robienie tego inaczej następnym razem.
    .question = Czy zdarzyło ci się spróbować czegoś jeszcze raz, w nowy sposób, kiedy pierwsza próba nie wyszła?

skill-idea-good-memory = Dobra pamięć
    .about = Zapamiętywanie imion, twarzy, faktów albo drogi do różnych miejsc.
    .question = Czy pamiętasz imiona, numery telefonów albo drogę do różnych miejsc lepiej niż większość ludzi?

skill-idea-picking-up-languages = Łapanie języków
    .about = Uczenie się nowych słów, języka migowego, slangu albo całego nowego języka.
    .question = Czy zdarzyło ci się nauczyć słów w innym języku, trochę języka migowego albo slangu nowego miejsca?

## Krok w tył: pytania w trzeciej osobie („ta osoba”, nigdy „ty”),
## w tej kolejności, każde z krótką podpowiedzią.

step-back-step-picture-the-day = Pomyśl o niedawnym dniu. Spójrz na niego z boku, jak na dzień kogoś innego. Gdzie jest ta osoba i kto jest wokół niej?
    .hint = Popatrz na chwilę na siebie z zewnątrz. Każdy dzień się nada, ważny czy zwykły.

step-back-step-what-they-faced = Z czym ta osoba musiała sobie poradzić tego dnia?
    .hint = Duże albo małe: zmartwienie, czekanie, kolejka, coś do zrobienia.

step-back-step-how-they-got-through = Co ta osoba zrobiła, żeby przez to przejść?
    .hint = Licz każdy krok, nawet taki, który wydawał się niczym.

step-back-step-who-they-helped = Komu ta osoba tego dnia pomogła albo z kim się dogadała?
    .hint = Dobre słowo, wspólny śmiech albo pomocna dłoń: to wszystko się liczy.

step-back-step-what-a-friend-would-say = Co dobry przyjaciel powiedziałby o tym, w czym ta osoba jest dobra?
    .hint = Mów o tej osobie tak życzliwie, jak mówisz o kimś bliskim.

step-back-step-skills-you-saw = Jakie umiejętności pokazała ta osoba?
    .hint = Wypisz tyle, ile chcesz. Pomoże ci lista pomysłów na umiejętności.
