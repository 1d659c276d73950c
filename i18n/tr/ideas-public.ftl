# The ideas store (Ideenspeicher) as everyone sees it: in the residents' ideas pages and the staff app.

ideas-ui-nav = Fikir deposu
ideas-ui-title = Fikir deposu
ideas-ui-intro = Şehir burada dijital bir Norderstedt için fikir topluyor. Herkes bir fikir gönderebilir veya bir fikri destekleyebilir. Bir çalışma grubu her fikri inceler ve nasıl karar verdiğini yazar.
ideas-ui-submit-link = Bir fikir gönderin
ideas-ui-filter-label = Fikirleri eylem alanına göre göster
ideas-ui-filter-all = Tüm eylem alanları
ideas-ui-state-filter-label = Fikirleri durumuna göre göster
ideas-ui-filter-all-states = Tüm durumlar
ideas-ui-history = Fikrin yolu
ideas-ui-wall-link = Yazdırmak için tüm fikirler (fikir duvarı)
ideas-ui-wall-title = Fikir duvarı
ideas-ui-wall-intro = Tüm fikirler eylem alanına ve durumuna göre. Örneğin belediye binası ve kütüphane için A3 boyutunda yazdırılabilir.
ideas-ui-wall-print = Fikir duvarını yazdır
ideas-ui-wall-qr = Bu kodla internetteki fikir deposuna ulaşırsınız.
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

audit-action-living = Norderstedt’te yaşamak
audit-action-experiencing = Norderstedt’i deneyimlemek
audit-action-working = Norderstedt’te çalışmak
audit-action-working-with = Norderstedt ile çalışmak
audit-state-submitted = Gönderildi
audit-state-assessing = İnceleniyor
audit-state-pilot = Pilot proje
audit-state-kept = Sonrası için saklandı
audit-state-merged = Birleştirildi
audit-state-not-pursued = Sürdürülmüyor
field-error-empty = Lütfen bu alanı doldurun.
field-error-too-long = Metin çok uzun. Lütfen kısaltın.
field-error-invalid = Burada kaydedemediğimiz karakterler var.
field-error-choose = Lütfen bir şey seçin.
