# مسودة للمراجعة. Draft for review.

moments-title = لحظاتك
moments-find-link = ابحث عن لحظة بكلماتها
moments-none = لا توجد لحظات بعد.
moments-more = أظهر لحظات أخرى

moment-kind-note = لحظة
moment-kind-reflection = خطوة إلى الوراء
moment-kind-recognition = أحدهم لاحظ
moment-change = غيّر هذه اللحظة
moment-change-label = غيّر هذه اللحظة من { $date }

search-title = ابحث عن لحظة
search-words = كلمات للبحث عنها
search-button = ابحث
search-nothing = لم نجد شيئًا عن «{ $words }»
search-found = { $count ->
    [one] وجدنا لحظة واحدة
    [two] وجدنا لحظتين
    [few] وجدنا { $count } لحظات
   *[other] وجدنا { $count } لحظة
}
search-try = جرّب كلمة أخرى، مثل مكان أو شخص.

moment-not-found = لم نجد هذه اللحظة
moment-not-found-how = افتحها مرة أخرى من قائمة لحظاتك.
moment-go-home = اذهب إلى الرئيسية
moment-form-about = شيء فعلته وأظهر مهارة. الأشياء الصغيرة لها قيمة.
moment-what = ماذا حدث؟
moment-when = متى؟
moment-which-skills = أي المهارات أظهرت؟
moment-no-skills-before = ليست لديك مهارات بعد. يمكنك حفظ هذا الآن، ثم
moment-no-skills-link = اعثر على مهاراتك
moment-no-skills-after = لاحقًا.
moment-sounds-like = تبدو مثل هذه
moment-save = احفظ اللحظة
moment-save-changes = احفظ التغييرات
moment-share = شارك هذه اللحظة مع مجموعتي
moment-delete-title = حذف
moment-delete-ask = هل تحذف هذه اللحظة نهائيًا؟
moment-delete-yes = نعم، احذفها
moment-delete-no = لا، أبقها
moment-delete = احذف هذه اللحظة

draft-kept = هذا ما كنت تكتبه. لقد حفظناه لك.
draft-start-again = ابدأ من جديد
