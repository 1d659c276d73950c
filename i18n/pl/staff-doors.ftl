# Przy wejściu i potem: odprawa, osoby bez zapisu, wpisywanie list papierowych.
# Ten plik wczytuje tylko aplikacja zespołu.

doors-nav = Przy wejściu
doors-title = Przy wejściu
doors-intro = Wybierz dzisiejszy kurs. Tam odnotowujesz uczestników po kodzie rezerwacji i liczysz osoby, które przyszły bez zapisu.
doors-today = Dzisiaj
doors-today-none = Dzisiaj nie ma kursu.
doors-earlier = Ostatnie dwa tygodnie
doors-back = Wróć do wyboru kursu
doors-back-to-door = Wróć do listy obecności
doors-check-in-title = Lista obecności: { $title }
doors-present = { $count ->
    [0] Nikt jeszcze nie przyszedł
    [one] Jest { $count } osoba
    [few] Są { $count } osoby
   *[other] Jest { $count } osób
}
doors-code-label = Kod rezerwacji
doors-code-hint = Na przykład K7P-4MN. Wielkimi lub małymi literami, z myślnikiem lub bez.
doors-code-empty = Proszę wpisać kod rezerwacji.
doors-check-in = Odnotuj przybycie
doors-scan = Zeskanuj aparatem
doors-scan-stop = Zakończ skanowanie
doors-scan-failed = Nie udało się włączyć aparatu. Proszę wpisać kod.
doors-checked-in = Przybycie: { $name } – odnotowane.
doors-walk-in-title = Przyszli bez zapisu
doors-walk-in-hint = Wystarczy imię i dzielnica. Każda osoba jest liczona raz.
doors-first-name = Imię
doors-district = Dzielnica
doors-district-optional = Dzielnica (jeśli podana)
doors-district-choose = Wybierz dzielnicę
doors-district-none = nie podano
doors-walk-in-add = Policz tę osobę
doors-walked-in = Policzono: { $name }.
doors-expected-title = Zapisani
doors-expected-none = Nikt nie zapisał się na ten kurs.
doors-drop-in-note = Otwarte konsultacje: nikt się tu nie zapisuje. Licz wszystkich, którzy przyjdą, wyżej w części „Przyszli bez zapisu”.
doors-here = jest
doors-not-yet = jeszcze nie ma
doors-walk-ins-title = Bez zapisu
doors-source-door = przy wejściu
doors-source-paper = z listy papierowej
doors-sheet-link = Wydrukuj listę papierową i kartę opinii
doors-paper-link = Wpisz listę papierową i karty
doors-sheet-title = Lista obecności
doors-sheet-hint = Na wypadek, gdyby tablet nie działał: wydrukuj listę i kartę opinii.
doors-print = Drukuj
doors-sheet-caption = Proszę wpisać swoje imię i nazwisko.
doors-sheet-name = Imię i nazwisko
doors-sheet-district = Dzielnica
doors-sheet-here = Podpis
doors-card-title = Jak było na kursie?
doors-card-rating-question = Proszę zaznaczyć jedną buźkę.
doors-card-helped-question = Czy kurs pomógł?
doors-rating-1 = bardzo źle
doors-rating-2 = źle
doors-rating-3 = tak sobie
doors-rating-4 = dobrze
doors-rating-5 = bardzo dobrze
doors-helped-yes = Tak
doors-helped-partly = Częściowo
doors-helped-no = Nie
doors-paper-title = Wpisz papier: { $title }
doors-paper-lines-title = Wiersze listy obecności
doors-paper-lines-hint = Proszę wpisać jedno imię i nazwisko. Podobne zapisy zostaną zaproponowane; decyzja, czy to ta sama osoba, należy do zespołu przy wejściu.
doors-paper-name = Imię i nazwisko z listy
doors-paper-name-empty = Proszę przepisać imię i nazwisko z listy.
doors-paper-find = Dalej
doors-proposals-title = Kim jest „{ $name }”?
doors-proposals-hint = Czy to jedna z tych zapisanych osób?
doors-proposals-none = Nie znaleziono podobnego zapisu.
doors-proposal-confirm = To { $name } (rezerwacja { $code })
doors-proposal-attended = Przybycie już odnotowane.
doors-proposal-keep-apart = Ktoś inny: policz bez zapisu
doors-cards-title = Karty opinii
doors-cards-count = { $count ->
    [0] Nie wpisano jeszcze żadnej karty.
    [one] Wpisano { $count } kartę.
    [few] Wpisano { $count } karty.
   *[other] Wpisano { $count } kart.
}
doors-card-save = Zapisz kartę
doors-card-saved = Karta została zapisana.
doors-feedback-from-paper = w tym z kart papierowych
doors-plan-format = Rodzaj kursu
doors-plan-booked = Z zapisami i stałą liczbą miejsc
doors-plan-drop-in = Otwarte konsultacje
doors-plan-drop-in-hint = Bez zapisów, bez miejsc, bez listy oczekujących: każdy, kto przyjdzie, jest liczony przy wejściu.
doors-problem-already-checked-in = Przybycie tej osoby jest już odnotowane.
doors-problem-check-in-not-yet = Obecność można odnotować od godziny przed rozpoczęciem.
doors-problem-unknown-walk-in = Na tym kursie nie ma osoby bez zapisu z takim wpisem.
doors-problem-no-booking-needed = To otwarte konsultacje, zapisy nie są potrzebne. Wystarczy przyjść.
