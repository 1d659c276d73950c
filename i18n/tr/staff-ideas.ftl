# The ideas store (Ideenspeicher) and the call list in the staff app.

ideas-ui-nav = Fikir deposu
ideas-ui-title = Fikir deposu
ideas-ui-intro = Şehir burada dijital bir Norderstedt için fikir topluyor. Herkes bir fikir gönderebilir veya bir fikri destekleyebilir. Bir çalışma grubu her fikri inceler ve nasıl karar verdiğini yazar.
ideas-ui-submit-link = Bir fikir gönderin
ideas-ui-filter-label = Fikirleri eylem alanına göre göster
ideas-ui-filter-all = Tüm eylem alanları
ideas-ui-count = { $count ->
    [0] Fikir yok
    [one] 1 fikir
   *[other] { $count } fikir
}
ideas-ui-none = Bu eylem alanında henüz fikir yok.
ideas-ui-state = Durum
ideas-ui-field = Eylem alanı
ideas-ui-source = Gönderildiği yer
ideas-ui-source-online = internetten
ideas-ui-source-paper = bir fikir kartıyla
ideas-ui-source-ambassador = bir elçi aracılığıyla
ideas-ui-source-note = Fikir şöyle kaydedilecek: { $source } gönderildi.
ideas-ui-reason = Çalışma grubunun gerekçesi
ideas-ui-merged-into = Birleştirildiği fikir
ideas-ui-supporters = { $count ->
    [0] Bu fikri henüz kimse desteklemiyor.
    [one] 1 kişi bu fikri destekliyor.
   *[other] { $count } kişi bu fikri destekliyor.
}
ideas-ui-support = Bu fikri destekle
ideas-ui-supported = Bu fikri destekliyorsunuz.
ideas-ui-support-thanks = Teşekkürler! Artık „{ $name }“ fikrini destekliyorsunuz.
ideas-ui-support-title = Bir fikri destekleyin
ideas-ui-support-code-label = Rezervasyon kodunuz
ideas-ui-support-code-hint = Kod, bir kursa kaydınızda yazar, örneğin K7P-4QM. Bir rezervasyon koduyla her fikri bir kez destekleyebilirsiniz.
ideas-ui-support-code-error = Lütfen rezervasyon kodunuzu kaydınızda yazdığı gibi girin, örneğin K7P-4QM.
ideas-ui-support-submit = Fikri destekle

ideas-ui-caption = Bir fikir gönderin
ideas-ui-caption-paper = Fikir kartındaki bir fikri girin
ideas-ui-what-title = Fikriniz nedir?
ideas-ui-what-label = Fikir
ideas-ui-what-hint = Fikri kendi sözlerinizle anlatın. Birkaç cümle yeterlidir.
ideas-ui-for-whom-title = Fikir kimin için?
ideas-ui-for-whom-label = Kimin için
ideas-ui-for-whom-hint = Örneğin: yaşlılar için, aileler için, herkes için.
ideas-ui-where-title = Şehrin neresinde olmalı?
ideas-ui-where-label = Şehrin neresinde
ideas-ui-where-hint = Örneğin: şehir parkında, Garstedt'te, bütün şehirde.
ideas-ui-field-title = Fikir hangi eylem alanına uyuyor?
ideas-ui-field-hint = Şehir her fikri dört eylem alanından birine ayırır. En iyi uyanı seçin. Çalışma grubu bunu daha sonra değiştirebilir.
ideas-ui-field-living-hint = Evde ve mahallede günlük yaşam: konut, sağlık, şehirde ulaşım ve belediye hizmetleri.
ideas-ui-field-experiencing-hint = Boş zaman: kültür, spor, doğa, alışveriş ve şehirde geziler.
ideas-ui-field-working-hint = Çalışma ve öğrenme: Norderstedt'te işletmeler, dükkânlar, meslek eğitimi ve ileri eğitim.
ideas-ui-field-working-with-hint = Katılım: belediye, siyaset ve derneklerle birlikte bir şeyler yapmak.
ideas-ui-contact-title = Fikriniz hakkında size soru sorabilir miyiz?
ideas-ui-contact-hint = Bu isteğe bağlıdır. İletişim bilgisi olmadan da fikriniz fikir deposuna girer.
ideas-ui-contact-none = Hayır, iletişim olmadan
ideas-ui-contact-phone = Evet, telefonla
ideas-ui-contact-email = Evet, e-postayla
ideas-ui-contact-phone-label = Telefon numarası
ideas-ui-contact-email-label = E-posta adresi
ideas-ui-consent = İletişim bilgisi verirseniz şunu kabul edersiniz: Çalışma grubu bu fikir hakkında sizi arayabilir veya size yazabilir. İletişim bilginiz asla herkese açık gösterilmez. İstediğiniz zaman sildirebilirsiniz.
ideas-ui-check-title = Cevaplarınızı kontrol edin
ideas-ui-check-note = Fikri gönderdiğinizde onu fikir deposunda herkese gösteririz: ne, kimin için, nerede ve eylem alanı. İletişim bilginizi göstermeyiz.
ideas-ui-change = Değiştir
ideas-ui-contact-row = İletişim
ideas-ui-no-contact = İletişim yok
ideas-ui-send = Fikri gönder
ideas-ui-done-title = Fikriniz için teşekkürler!
ideas-ui-done-text = Fikir artık fikir deposunda. Başkaları onu destekleyebilir. Çalışma grubu fikri inceleyecek ve nasıl karar verdiğini yazacak.
ideas-ui-done-list = Fikir deposuna git
ideas-ui-done-another = Bir fikir daha girin
ideas-ui-login-title = Norderstedt için bir fikriniz mi var?
ideas-ui-login-text = Fikir deposunda herkes fikir gönderebilir ve destekleyebilir – giriş yapmadan.
ideas-ui-login-link = Fikir deposuna git
ideas-ui-paper-link = Fikir kartlarındaki fikirleri girin
ideas-ui-public-link = Fikir deposuna bakın

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
