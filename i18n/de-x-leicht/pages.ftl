# Leichte Sprache: Barriere·freiheit, Barriere melden, Teilhabe in Leichter Sprache.

a11y-title = Erklärung zur Barriere·freiheit
a11y-intro = Barriere·frei heißt: Alle Menschen können die Seiten gut benutzen. Auch Menschen mit Behinderung. Das möchte die Stadt Norderstedt. Hier steht: So barriere·frei ist Teilhabe Norderstedt. Das schreibt ein Gesetz vor. Das Gesetz heißt: BITV 2.0. BITV ist kurz für: Barriere·freie Informations·technik·verordnung. Das ist eine Regel für barriere·freie Internet·seiten.
a11y-state-title = Wie barriere·frei sind die Seiten?
a11y-state-text = Die Seiten sind zum Teil barriere·frei. Ein paar Dinge fehlen noch. Die Dinge stehen im nächsten Abschnitt.
a11y-gaps-title = Das fehlt noch
a11y-gaps =
    Es gibt noch keine Filme in Gebärden·sprache. Daran arbeiten wir.
    Die Übersetzungen in andere Sprachen sind noch nicht ganz geprüft.
    Vorlesen geht nur mit manchen Browsern. Ein Browser ist das Programm für das Internet.
    Manche Geräte können die Kalender·datei nicht öffnen. Alles steht aber auch auf der Seite und auf dem Ausdruck.
a11y-method-title = So prüfen wir die Seiten
a11y-method-text = Wir prüfen jede neue Version. Ein Computer·programm prüft alle Sprachen. Wir prüfen die Seiten nur mit der Tastatur. Wir prüfen die Seiten auf kleinen Bild·schirmen. Und wir prüfen die Seiten mit großer Schrift.
a11y-method-date = Wir haben diese Erklärung am 23. November 2026 geschrieben.
a11y-contact-title = Barriere melden
a11y-contact-text = Sie können etwas schlecht benutzen? Oder Sie brauchen etwas in einer anderen Form? Dann sagen Sie es bitte dem Programm·büro Teilhabe.
a11y-contact-answer = Wir antworten Ihnen schnell. Sie bekommen innerhalb von einem Monat eine Antwort.
a11y-enforcement-title = Schlichtung: Hilfe bei Streit
a11y-enforcement-text = Sie sind mit unserer Antwort unzufrieden? Oder Sie warten schon länger als einen Monat auf eine Antwort? Dann können Sie sich an die Beschwerde·stelle wenden. Die Beschwerde·stelle hilft Ihnen. Sie spricht mit Ihnen und mit uns. Die Beschwerde·stelle gehört zum Landtag Schleswig-Holstein.
a11y-enforcement-free = Die Hilfe ist kostenlos. Sie brauchen keinen Anwalt.
a11y-enforcement-link = Zur Beschwerde·stelle für barriere·freie Informations·technik
a11y-enforcement-address = https://www.landtag.ltsh.de/beauftragte/beschwerdestelle-fuer-barrieren/

report-title = Barriere melden
report-intro = Sie können etwas auf diesen Seiten schlecht benutzen? Bitte sagen Sie es uns. Dann machen wir es besser.
report-how = Schreiben Sie uns: Auf welcher Seite war das? Was hat nicht geklappt? Sie können uns auch anrufen.
report-write = E-Mail schreiben
report-mail-subject = Barriere bei Teilhabe Norderstedt
report-mail-body =
    Auf welcher Seite war das?

    Was hat nicht geklappt?

    Wie erreichen wir Sie?

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
