# مسودة: تحتاج إلى مراجعة من متحدثين لديهم تجربة معيشة (انظر locales/TRANSLATING.md).
# Draft: to be read by Arabic speakers with lived experience (locales/TRANSLATING.md).

app-name = Brim

nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-skills = المهارات
nav-check-in = المراجعة
nav-growth = النمو
nav-group = المجموعة
nav-more = المزيد

due-first = مراجعتك الأولى جاهزة متى شئت.
due-now = حان وقت المراجعة.
due-tomorrow = مراجعتك القادمة غدًا.
due-in-days = { $days ->
    [zero] مراجعتك القادمة اليوم.
    [one] مراجعتك القادمة بعد يوم واحد.
    [two] مراجعتك القادمة بعد يومين.
    [few] مراجعتك القادمة بعد { $days } أيام.
   *[other] مراجعتك القادمة بعد { $days } يومًا.
}

quarter-months = من { $first } إلى { $last } { $year }

moment-add = أضف لحظة
moment-what-is = اللحظة شيء فعلته وأظهر مهارة. حتى الشيء الصغير له قيمة.

date-day = اليوم
date-month = الشهر
date-year = السنة

app-loading = لحظة من فضلك…
app-growth-loading = نجهّز صفحة نموك…
app-not-here = هذه الصفحة غير موجودة

error-unknown = حدث خطأ ما. حاول مرة أخرى من فضلك.
error-unknown-said = حدث خطأ ما: { $text }

listen = استمع
listen-stop = توقف
listen-label = استمع إلى { $what }
listen-stop-label = أوقف قراءة { $what } بصوت عالٍ
listen-what-question = السؤال
listen-what-rating = المهارة وخياراتها
listen-what-idea = الفكرة: { $skill }
listen-what-moment = لحظتك من { $date }
