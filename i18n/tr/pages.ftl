# Hizmet hakkında sayfalar: erişilebilirlik beyanı, engel bildirme, kolay okunur metin.

a11y-title = Erişilebilirlik beyanı
a11y-intro = Norderstedt Belediyesi, herkesin Teilhabe Norderstedt'i rahatça kullanabilmesini istiyor. Bu beyan Teilhabe Norderstedt'in tüm sayfaları için geçerlidir. Schleswig-Holstein eyaletinin engelli kişilerin eşitliği hakkındaki yasasına ve Almanya'nın erişilebilir bilgi teknolojisi yönetmeliğine (BITV 2.0) dayanır.
a11y-state-title = Bu sayfalar ne kadar erişilebilir?
a11y-state-text = Bu sayfalar kısmen erişilebilirdir. BITV 2.0'ın ve Avrupa standardı EN 301 549'un koşullarını henüz tam olarak karşılamıyor. Eksik olanlar bir sonraki bölümde yazıyor.
a11y-gaps-title = Henüz erişilebilir olmayanlar
a11y-gaps =
    Henüz Alman İşaret Dili (DGS) ile açıklama yok. Bunun üzerinde çalışıyoruz.
    Almancadan yapılan çevirilerin hepsi henüz anadili bu dil olan kişilerce kontrol edilmedi.
    “Sesli oku” yalnızca tarayıcınızda seçilen dil için bir ses varsa sunulur.
    Bazı cihazlar takvim dosyasını açamıyor. Tüm bilgiler sayfada ve çıktıda da yazıyor.
a11y-method-title = Sayfaları nasıl kontrol ediyoruz
a11y-method-text = Her yeni sürümü kendimiz kontrol ediyoruz: tüm dillerde axe-core test aracıyla WCAG 2.2'ye (AA düzeyi) göre otomatik olarak, yalnızca klavyeyle, 320 piksel ekran genişliğinde ve iki kat yazı boyutunda.
a11y-method-date = Bu beyanı 23 Kasım 2026'da hazırladık.
a11y-contact-title = Engel bildirme: iletişim
a11y-contact-text = Bir engelle mi karşılaştınız? Ya da içeriklere başka bir biçimde mi ihtiyacınız var? O zaman lütfen Norderstedt Belediyesi Teilhabe program ofisine başvurun.
a11y-contact-answer = Size olabildiğince çabuk, en geç bir ay içinde yanıt veririz.
a11y-enforcement-title = Arabuluculuk yolu
a11y-enforcement-text = Yanıtımızdan memnun değil misiniz? Ya da bir ay içinde yanıt vermedik mi? O zaman Schleswig-Holstein Erişilebilir Bilgi Teknolojisi Şikâyet Ofisi'ne (Beschwerdestelle für barrierefreie Informationstechnik) başvurabilirsiniz. Ofis Schleswig-Holstein eyalet meclisine bağlıdır ve sizinle bizim aramızda arabuluculuk yapar.
a11y-enforcement-free = Bu yol ücretsizdir. Avukata ihtiyacınız yok.
a11y-enforcement-link = Erişilebilir Bilgi Teknolojisi Şikâyet Ofisi (Almanca)
a11y-enforcement-address = https://www.landtag.ltsh.de/beauftragte/beschwerdestelle-fuer-barrieren/

report-title = Engel bildir
report-intro = Bu sayfalarda bir şeyi kullanmakta zorlanıyor musunuz ya da hiç kullanamıyor musunuz? Lütfen bize bildirin. Böylece düzeltebiliriz.
report-how = Hangi sayfada olduğunu ve neyin çalışmadığını bize yazın. Bizi telefonla da arayabilirsiniz.
report-write = E-posta yaz
report-mail-subject = Teilhabe Norderstedt'te bir engel
report-mail-body =
    Hangi sayfadaydı?

    Ne çalışmadı?

    Size nasıl ulaşabiliriz?

easy-link = Kolay okunur
easy-title = Kolay okunur dille Teilhabe
easy-what-title = Teilhabe nedir?
easy-what-1 =
    Teilhabe bir internet sitesidir.
    Site Norderstedt Belediyesi'nindir.
easy-what-2 =
    Burada kurslar bulursunuz.
    Kurslarda akıllı telefon kullanmayı öğrenirsiniz.
    İnterneti kullanmayı da öğrenirsiniz.
easy-what-3 =
    Kurslar ücretsizdir.
    Ücretsiz demek: 0 avro ödersiniz.
easy-how-title = Bir kursa böyle kayıt olursunuz
easy-how-steps =
    Şuna basın: Kurs bul.
    Bir kurs seçin.
    Kursun adına basın.
    Şuna basın: Şimdi kayıt ol.
    Adınızı yazın.
    Bir rezervasyon kodu alırsınız. Kodu bir kâğıda yazın.
easy-code-title = Rezervasyon kodu nedir?
easy-code-1 =
    Rezervasyon kodu harf ve rakamlardan oluşan kısa bir kelimedir.
    Örneğin: K7P‑4WM.
easy-code-2 =
    Kodla kaydınızı görürsünüz.
    Kodla kaydınızı iptal de edebilirsiniz.
easy-help-title = Yardıma mı ihtiyacınız var?
easy-help-text =
    Bizi arayın.
    Size memnuniyetle yardım ederiz.
    Sizi bir kursa da kaydederiz.
easy-help-place =
    Belediye binasına da gelebilirsiniz.
    Belediye binası Rathausallee 50'de.
easy-settings-title = Başka dil ve büyük yazı
easy-settings-1 =
    Sayfanın üstünde bir düğme var:
    Ayarlar.
    Orada dilinizi seçebilirsiniz.
    Orada yazıyı da büyütebilirsiniz.
easy-settings-2 =
    Bazı tarayıcılar sayfayı sesli okuyabilir.
    Tarayıcı, internet için kullanılan programdır.
    O zaman üstte şu düğmeyi görürsünüz:
    Sesli oku.
