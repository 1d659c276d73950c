# عام: الرأس والتذييل والإعدادات وصفحات الخطأ.
app-name = Teilhabe Norderstedt
app-skip-link = الانتقال إلى المحتوى
app-title-suffix = Teilhabe Norderstedt
app-footer-text = خدمة من مدينة نوردرشتيت. الدورات مجانية.
app-back = رجوع
app-continue = متابعة
app-loading = جارٍ التحميل …
app-error-title-prefix = خطأ
app-error-summary-title = توجد مشكلة
app-error-network = لم ينجح الاتصال. يُرجى المحاولة مرة أخرى.
app-not-found-title = هذه الصفحة غير موجودة
app-not-found-text = ربما يكون الرابط قديمًا أو مكتوبًا بشكل خاطئ.
app-not-found-home = إلى الصفحة الرئيسية

app-read-aloud = قراءة بصوت عالٍ
app-footer-nav-label = صفحات أخرى

settings-open = الإعدادات
settings-title = اللغة والعرض
settings-language = اللغة
settings-text-size = حجم الخط
settings-text-normal = عادي
settings-text-large = كبير
settings-text-largest = كبير جدًا
settings-display = العرض
settings-contrast = تباين عالٍ
settings-motion = حركة أقل
settings-close = تم

help-title = المساعدة عبر الهاتف أو شخصيًا
help-intro = هل تفضّل التحدث مع شخص؟ يسعد مكتب البرنامج بمساعدتك. ويمكننا أيضًا تسجيلك في دورة.
help-phone-label = الهاتف
help-phone-number = 040 535 95-0
help-email-label = البريد الإلكتروني
help-email-address = teilhabe@norderstedt.de
help-hours-label = أوقات الاستقبال
help-hours = من الاثنين إلى الجمعة من الساعة 9:00 إلى 12:00، ويوم الخميس أيضًا من 14:00 إلى 17:00
help-place-label = شخصيًا
help-place = مبنى بلدية نوردرشتيت (Rathaus)، Rathausallee 50، مكتب خدمة المواطنين (Bürgerbüro) في الطابق الأرضي

problem-not-found = لم نجد ما تبحث عنه.
problem-session-not-found = هذه الدورة غير موجودة.
problem-session-exists = هذه الدورة موجودة بالفعل.
problem-session-invalid = بيانات الدورة غير متوافقة.
problem-registration-closed = لم يعد التسجيل في هذه الدورة ممكنًا. لقد بدأت الدورة.
problem-waitlist-full = قائمة الانتظار لهذه الدورة ممتلئة. يُرجى التسجيل في قائمة المهتمين، وسنخبرك عندما تتوفر دورة جديدة.
problem-booking-code-taken = لم تنجح العملية. يُرجى المحاولة مرة أخرى.
problem-booking-not-found = لا يوجد حجز بهذا الرمز. يُرجى التحقق من الرمز.
problem-booking-already-cancelled = هذا الحجز ملغى بالفعل.
problem-invalid-input = يُرجى التحقق من بياناتك.
problem-idempotency-key-reused = أُرسل هذا الطلب من قبل ببيانات أخرى. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
problem-invalid-json = تعذّرت قراءة الطلب.
problem-json-expected = يجب أن يكون الطلب بصيغة JSON.
problem-bad-body = تعذّرت قراءة الطلب.
problem-method-not-allowed = لا يمكن القيام بذلك هنا.
problem-conflict = يحجز الآن كثير من الأشخاص في الوقت نفسه. يُرجى المحاولة مرة أخرى.
problem-internal = حدث خطأ لدينا. يُرجى المحاولة لاحقًا أو الاتصال بنا.
problem-unavailable = لا يمكننا حفظ أي شيء الآن. يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ.
problem-feedback-not-yet = الدورة لم تنتهِ بعد. بعد انتهاء الدورة يمكنك أن تخبرنا هنا كيف كانت.
problem-feedback-not-possible = لا يمكنك تقييم الدورة لهذا الحجز: لم يكن لك مكان في الدورة.
problem-feedback-given = لقد أخبرتنا بالفعل كيف كانت الدورة. شكرًا جزيلًا!

date-weekday-1 = الاثنين
date-weekday-2 = الثلاثاء
date-weekday-3 = الأربعاء
date-weekday-4 = الخميس
date-weekday-5 = الجمعة
date-weekday-6 = السبت
date-weekday-7 = الأحد
date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر
date-long = { $weekday }، { $day } { $month }
date-time-range = من الساعة { $start } حتى الساعة { $end }

# A course the office called off (shown on the booking and as an API problem).
problem-session-cancelled = هذه الدورة ملغاة.

# Shown where a person's data was erased (their key deleted).
personal-data-erased = محذوف
