# Seiten über das Angebot: Erklärung zur Barrierefreiheit, Barriere melden, Leichte Sprache.

a11y-title = Erklärung zur Barrierefreiheit
a11y-intro = Die Stadt Norderstedt möchte, dass alle Menschen Teilhabe Norderstedt gut nutzen können. Diese Erklärung gilt für alle Seiten von Teilhabe Norderstedt. Sie folgt dem Landes­behinderten­gleichstellungs­gesetz Schleswig-Holstein und der Barrierefreie-Informations­technik-Verordnung (BITV 2.0).
a11y-state-title = Wie barrierefrei sind diese Seiten?
a11y-state-text = Die Seiten sind teilweise barrierefrei. Sie erfüllen die Anforderungen der BITV 2.0 und der europäischen Norm EN 301 549 noch nicht ganz. Was noch fehlt, steht im nächsten Abschnitt.
a11y-gaps-title = Was noch nicht barrierefrei ist
a11y-gaps =
    Es gibt noch keine Erklärungen in Deutscher Gebärdensprache (DGS). Wir arbeiten daran.
    Die Übersetzungen in andere Sprachen als Deutsch haben noch nicht alle Muttersprachlerinnen und Muttersprachler geprüft.
    „Vorlesen“ gibt es nur, wenn Ihr Browser eine Stimme für die gewählte Sprache hat.
    Manche Geräte können die Kalender-Datei nicht öffnen. Alle Angaben stehen auch auf der Seite und auf dem Ausdruck.
a11y-method-title = Wie wir die Seiten prüfen
a11y-method-text = Wir prüfen jede neue Version selbst: automatisch mit dem Prüfwerkzeug axe-core nach WCAG 2.2 (Stufe AA) in allen Sprachen, mit der Tastatur allein, bei 320 Pixel Bildschirmbreite und bei doppelter Schriftgröße.
a11y-method-date = Diese Erklärung haben wir am 23. November 2026 erstellt.
a11y-contact-title = Barrieren melden: Kontakt
a11y-contact-text = Ist Ihnen eine Barriere aufgefallen? Oder brauchen Sie Inhalte in einer anderen Form? Dann melden Sie sich bitte beim Programmbüro Teilhabe der Stadt Norderstedt.
a11y-contact-answer = Wir antworten Ihnen so schnell wie möglich, spätestens nach einem Monat.
a11y-enforcement-title = Schlichtungsverfahren
a11y-enforcement-text = Sie sind mit unserer Antwort nicht zufrieden? Oder wir haben nach einem Monat nicht geantwortet? Dann können Sie sich an die Beschwerdestelle für barrierefreie Informationstechnik Schleswig-Holstein wenden. Sie ist beim Landtag Schleswig-Holstein angesiedelt und vermittelt zwischen Ihnen und uns.
a11y-enforcement-free = Das Verfahren ist kostenlos. Sie brauchen keine Anwältin und keinen Anwalt.
a11y-enforcement-link = Zur Beschwerdestelle für barrierefreie Informationstechnik
a11y-enforcement-address = https://www.landtag.ltsh.de/beauftragte/beschwerdestelle-fuer-barrieren/

report-title = Barriere melden
report-intro = Können Sie etwas auf diesen Seiten schlecht oder gar nicht nutzen? Bitte sagen Sie es uns. Dann können wir es verbessern.
report-how = Schreiben Sie uns, auf welcher Seite das war und was nicht geklappt hat. Sie können uns auch anrufen.
report-write = E-Mail schreiben
report-mail-subject = Barriere bei Teilhabe Norderstedt
report-mail-body =
    Auf welcher Seite war das?

    Was hat nicht geklappt?

    Wie können wir Sie erreichen?

easy-link = Leichte Sprache
easy-title = Teilhabe in Leichter Sprache
easy-what-title = Was ist Teilhabe?
easy-what-1 =
    Teilhabe ist eine Internet·seite.
    Die Internet·seite ist von der Stadt Norderstedt.
easy-what-2 =
    Hier finden Sie Kurse.
    In den Kursen lernen Sie:
    So benutzen Sie ein Smartphone.
    Und so benutzen Sie das Internet.
easy-what-3 =
    Die Kurse sind kostenlos.
    Kostenlos heißt:
    Sie bezahlen 0 Euro.
easy-how-title = So melden Sie sich für einen Kurs an
easy-how-steps =
    Drücken Sie auf: Einen Kurs finden.
    Suchen Sie einen Kurs aus.
    Drücken Sie auf den Namen von dem Kurs.
    Drücken Sie auf: Jetzt anmelden.
    Schreiben Sie Ihren Namen.
    Sie bekommen einen Buchungs·code. Schreiben Sie den Buchungs·code auf einen Zettel.
easy-code-title = Was ist ein Buchungs·code?
easy-code-1 =
    Ein Buchungs·code ist ein kurzes Wort aus Buchstaben und Zahlen.
    Zum Beispiel: K7P‑4WM.
easy-code-2 =
    Mit dem Buchungs·code sehen Sie Ihre Anmeldung.
    Mit dem Buchungs·code können Sie auch absagen.
easy-help-title = Sie brauchen Hilfe?
easy-help-text =
    Rufen Sie uns an.
    Wir helfen Ihnen gern.
    Wir melden Sie auch für einen Kurs an.
easy-help-place =
    Sie können auch ins Rathaus kommen.
    Das Rathaus ist in der Rathausallee 50.
easy-settings-title = Andere Sprache und große Schrift
easy-settings-1 =
    Oben auf der Seite ist der Knopf:
    Einstellungen.
    Dort können Sie die Sprache wählen.
    Dort können Sie auch die Schrift größer machen.
easy-settings-2 =
    Manche Browser können die Seite vorlesen.
    Ein Browser ist das Programm für das Internet.
    Dann sehen Sie oben den Knopf:
    Vorlesen.
