# The ideas store (Ideenspeicher) and the call list in the staff app.

ideas-ui-work-nav = الأفكار
ideas-ui-work-title = الأفكار: مجموعة العمل
ideas-ui-work-intro = كل الأفكار حسب حالتها. تدخل الفكرة الجديدة أولًا في الدراسة. بعد ذلك تقرر مجموعة العمل: مشروع تجريبي، أو حفظها في مخزن الأفكار لوقت لاحق، أو دمجها مع فكرة أخرى، أو عدم متابعتها. يظهر السبب علنًا مع الفكرة: اكتبه بكلمات بسيطة.
ideas-ui-work-empty = لا توجد فكرة في هذه الحالة.
ideas-ui-office-more = الأفكار والمكالمات
ideas-ui-start-assessment = ابدأ الدراسة
ideas-ui-assessment-started = فكرة «{ $name }» قيد الدراسة الآن.
ideas-ui-decide = قرّر
ideas-ui-decide-title = بماذا تقرر مجموعة العمل؟
ideas-ui-decide-legend = القرار
ideas-ui-decide-pilot = اختيارها مشروعًا تجريبيًا
ideas-ui-decide-kept = حفظها في مخزن الأفكار لوقت لاحق
ideas-ui-decide-merged = دمجها مع فكرة أخرى
ideas-ui-decide-not-pursued = عدم متابعتها
ideas-ui-into-label = مع أي فكرة؟
ideas-ui-into-choose = يرجى اختيار فكرة
ideas-ui-reason-label = السبب
ideas-ui-reason-hint = بكلمات بسيطة وفي جمل قليلة. يستطيع الجميع قراءة السبب مع الفكرة.
ideas-ui-decide-submit = حفظ القرار
ideas-ui-decided = تم حفظ القرار بشأن فكرة «{ $name }».

calls-ui-nav = قائمة المكالمات
calls-ui-title = قائمة المكالمات
calls-ui-intro = هؤلاء الأشخاص لم يعطوا عنوان بريد إلكتروني، بل رقم هاتف. اتصل بهم وأخبرهم بالرسالة بلغتهم. ثم سجّل كيف كانت المكالمة.
calls-ui-count = { $count ->
    [0] لا توجد مكالمات
    [one] مكالمة واحدة
    [two] مكالمتان
    [few] { $count } مكالمات
   *[other] { $count } مكالمة
}
calls-ui-none = لا يلزم الاتصال بأحد حاليًا.
calls-ui-dial = اتصال
calls-ui-about = الموضوع
calls-ui-kind-session-reminder = تذكير بالدورة
calls-ui-kind-booking-promoted = أصبح مكان من قائمة الانتظار متاحًا
calls-ui-kind-session-rescheduled = للدورة موعد جديد
calls-ui-kind-session-cancelled = أُلغيت الدورة
calls-ui-kind-interest-matched = دورة جديدة تناسب رغبة
calls-ui-session = الدورة
calls-ui-language = اللغة
calls-ui-code = رمز الحجز
calls-ui-attempts-label = حتى الآن
calls-ui-attempts = { $count ->
    [one] مكالمة واحدة بلا رد
    [two] مكالمتان بلا رد
    [few] { $count } مكالمات بلا رد
   *[other] { $count } مكالمة بلا رد
}
calls-ui-script = ما تقوله
calls-ui-result-label = كيف كانت المكالمة مع { $name }؟
calls-ui-reached = تم الوصول
calls-ui-not-reached = لم يتم الوصول
calls-ui-left-message = تُركت رسالة
calls-ui-recorded-reached = تم التسجيل: تم الوصول إلى { $name }.
calls-ui-recorded-not-reached = تم التسجيل: لم يتم الوصول إلى { $name }. تبقى البطاقة في القائمة. يرجى المحاولة لاحقًا.
calls-ui-recorded-left-message = تم التسجيل: تُركت رسالة لـ { $name }.
