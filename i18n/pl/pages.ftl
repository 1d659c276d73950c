# Strony o usłudze: deklaracja dostępności, zgłoszenie bariery, tekst łatwy do czytania.

a11y-title = Deklaracja dostępności
a11y-intro = Miasto Norderstedt chce, aby wszyscy mogli wygodnie korzystać z Teilhabe Norderstedt. Ta deklaracja dotyczy wszystkich stron Teilhabe Norderstedt. Opiera się na ustawie kraju związkowego Szlezwik-Holsztyn o równouprawnieniu osób z niepełnosprawnościami i na niemieckim rozporządzeniu o dostępnej technologii informacyjnej (BITV 2.0).
a11y-state-title = Na ile dostępne są te strony?
a11y-state-text = Te strony są częściowo dostępne. Nie spełniają jeszcze w pełni wymagań BITV 2.0 i normy europejskiej EN 301 549. Czego brakuje, opisuje następna część.
a11y-gaps-title = Co nie jest jeszcze dostępne
a11y-gaps =
    Nie ma jeszcze objaśnień w niemieckim języku migowym (DGS). Pracujemy nad tym.
    Nie wszystkie tłumaczenia z niemieckiego sprawdziły już osoby, dla których jest to język ojczysty.
    Przycisk „Czytaj na głos” pojawia się tylko wtedy, gdy przeglądarka ma głos dla wybranego języka.
    Niektóre urządzenia nie otwierają pliku kalendarza. Wszystkie dane są też na stronie i na wydruku.
a11y-method-title = Jak sprawdzamy strony
a11y-method-text = Każdą nową wersję sprawdzamy sami: automatycznie narzędziem axe-core według WCAG 2.2 (poziom AA) we wszystkich językach, wyłącznie klawiaturą, przy szerokości ekranu 320 pikseli i przy podwójnej wielkości tekstu.
a11y-method-date = Tę deklarację sporządziliśmy 23 listopada 2026 r.
a11y-contact-title = Zgłoszenie bariery: kontakt
a11y-contact-text = Napotkano barierę? Albo potrzebne są treści w innej formie? Prosimy wtedy o kontakt z biurem programu Teilhabe miasta Norderstedt.
a11y-contact-answer = Odpowiemy jak najszybciej, najpóźniej w ciągu miesiąca.
a11y-enforcement-title = Postępowanie pojednawcze
a11y-enforcement-text = Nasza odpowiedź nie jest zadowalająca? Albo nie odpowiedzieliśmy w ciągu miesiąca? Wtedy można zwrócić się do biura skarg ds. dostępnej technologii informacyjnej kraju Szlezwik-Holsztyn (Beschwerdestelle für barrierefreie Informationstechnik). Biuro działa przy parlamencie kraju związkowego i pośredniczy między stronami.
a11y-enforcement-free = Postępowanie jest bezpłatne. Adwokat nie jest potrzebny.
a11y-enforcement-link = Do biura skarg ds. dostępnej technologii informacyjnej (po niemiecku)
a11y-enforcement-address = https://www.landtag.ltsh.de/beauftragte/beschwerdestelle-fuer-barrieren/

report-title = Zgłoś barierę
report-intro = Czy coś na tych stronach jest trudne albo niemożliwe w użyciu? Prosimy nam o tym powiedzieć. Wtedy możemy to poprawić.
report-how = Prosimy napisać, na której stronie to było i co nie zadziałało. Można też do nas zadzwonić.
report-write = Napisz e-mail
report-mail-subject = Bariera w Teilhabe Norderstedt
report-mail-body =
    Na której stronie to było?

    Co nie zadziałało?

    Jak możemy się skontaktować?

easy-link = Tekst łatwy do czytania
easy-title = Teilhabe w tekście łatwym do czytania
easy-what-title = Czym jest Teilhabe?
easy-what-1 =
    Teilhabe to strona internetowa.
    Strona należy do miasta Norderstedt.
easy-what-2 =
    Tutaj są kursy.
    Na kursach można się nauczyć korzystać ze smartfona.
    Można też nauczyć się korzystać z internetu.
easy-what-3 =
    Kursy są bezpłatne.
    Bezpłatne znaczy: płaci się 0 euro.
easy-how-title = Tak można zapisać się na kurs
easy-how-steps =
    Proszę nacisnąć: Znajdź kurs.
    Proszę wybrać kurs.
    Proszę nacisnąć nazwę kursu.
    Proszę nacisnąć: Zapisz się teraz.
    Proszę wpisać imię i nazwisko.
    Pojawi się kod rezerwacji. Proszę zapisać kod na kartce.
easy-code-title = Co to jest kod rezerwacji?
easy-code-1 =
    Kod rezerwacji to krótkie słowo z liter i cyfr.
    Na przykład: K7P‑4WM.
easy-code-2 =
    Z kodem można zobaczyć rezerwację.
    Z kodem można też odwołać rezerwację.
easy-help-title = Potrzebna pomoc?
easy-help-text =
    Prosimy do nas zadzwonić.
    Chętnie pomożemy.
    Możemy też zapisać na kurs.
easy-help-place =
    Można też przyjść do ratusza.
    Ratusz jest przy Rathausallee 50.
easy-settings-title = Inny język i duży tekst
easy-settings-1 =
    U góry strony jest przycisk:
    Ustawienia.
    Tam można wybrać język.
    Tam można też powiększyć tekst.
easy-settings-2 =
    Niektóre przeglądarki umieją czytać stronę na głos.
    Przeglądarka to program do internetu.
    Wtedy u góry widać przycisk:
    Czytaj na głos.
