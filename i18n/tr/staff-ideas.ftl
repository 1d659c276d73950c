# The ideas store (Ideenspeicher) and the call list in the staff app.

ideas-ui-work-nav = Fikirler
ideas-ui-work-title = Fikirler: çalışma grubu
ideas-ui-work-intro = Tüm fikirler durumlarına göre. Yeni bir fikir önce incelemeye alınır. Sonra çalışma grubu karar verir: pilot proje, daha sonrası için fikir deposunda saklama, başka bir fikirle birleştirme veya devam etmeme. Gerekçe fikrin yanında herkese açık görünür: onu sade sözlerle yazın.
ideas-ui-work-empty = Bu durumda fikir yok.
ideas-ui-office-more = Fikirler ve aramalar
ideas-ui-start-assessment = İncelemeye al
ideas-ui-assessment-started = „{ $name }“ fikri şimdi inceleniyor.
ideas-ui-decide = Karar ver
ideas-ui-decide-title = Çalışma grubu nasıl karar veriyor?
ideas-ui-decide-legend = Karar
ideas-ui-decide-pilot = Pilot proje olarak seç
ideas-ui-decide-kept = Daha sonrası için fikir deposunda sakla
ideas-ui-decide-merged = Başka bir fikirle birleştir
ideas-ui-decide-not-pursued = Devam etme
ideas-ui-into-label = Hangi fikirle?
ideas-ui-into-choose = Lütfen bir fikir seçin
ideas-ui-reason-label = Gerekçe
ideas-ui-reason-hint = Sade sözlerle, birkaç cümleyle. Herkes gerekçeyi fikrin yanında okuyabilir.
ideas-ui-decide-submit = Kararı kaydet
ideas-ui-decided = „{ $name }“ fikri hakkındaki karar kaydedildi.

calls-ui-nav = Arama listesi
calls-ui-title = Arama listesi
calls-ui-intro = Bu kişiler e-posta adresi değil, telefon numarası verdi. Onları arayın ve mesajı kendi dillerinde söyleyin. Sonra aramanın nasıl geçtiğini kaydedin.
calls-ui-count = { $count ->
    [0] Arama yok
    [one] 1 arama
   *[other] { $count } arama
}
calls-ui-none = Şu anda kimsenin aranması gerekmiyor.
calls-ui-dial = ara
calls-ui-about = Konu
calls-ui-kind-session-reminder = Kurs hatırlatması
calls-ui-kind-booking-promoted = Bekleme listesinden bir yer boşaldı
calls-ui-kind-session-rescheduled = Kursun yeni bir saati var
calls-ui-kind-session-cancelled = Kurs iptal edildi
calls-ui-kind-interest-matched = Yeni bir kurs bir isteğe uygun
calls-ui-session = Kurs
calls-ui-language = Dil
calls-ui-code = Rezervasyon kodu
calls-ui-attempts-label = Şimdiye kadar
calls-ui-attempts = { $count ->
    [one] 1 başarısız arama
   *[other] { $count } başarısız arama
}
calls-ui-script = Ne söyleyeceksiniz
calls-ui-result-label = { $name } ile arama nasıl geçti?
calls-ui-reached = Ulaşıldı
calls-ui-not-reached = Ulaşılamadı
calls-ui-left-message = Mesaj bırakıldı
calls-ui-recorded-reached = Kaydedildi: { $name } kişisine ulaşıldı.
calls-ui-recorded-not-reached = Kaydedildi: { $name } kişisine ulaşılamadı. Kart listede kalıyor. Lütfen daha sonra tekrar deneyin.
calls-ui-recorded-left-message = Kaydedildi: { $name } için mesaj bırakıldı.
