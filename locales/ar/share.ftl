# مسودة للمراجعة. Draft for review.

share-title = شارك مع مجموعتي
share-how-grown = كيف نمت { $skill }
share-your-moment = لحظتك
share-your-moment-on = لحظتك في { $date }
share-your-check-in-on = مراجعتك في { $date }
share-no-check-in = لم نجد تلك المراجعة. ربما أُزيلت.
share-not-in-group = لست في مجموعة بعد. كل شيء يبقى على هذا الهاتف حتى تنضم إلى مجموعة وتختار المشاركة.
share-when-back = يمكنك المشاركة من جديد عندما تعود إلى مجموعة.
share-new-version = هذه هي النسخة الجديدة
share-what-is-sent = هذا ما سيُرسل
share-who = من سيراها:
share-contribution = { $line }. لا يدخل فيه إلا هذه الكلمات والأرقام، وليس كلماتك الخاصة أبدًا.
share-a-copy = إنها نسخة. إذا غيّرت هذا لاحقًا، تبقى النسخة كما هي حتى تحدّثها.
share-exact = أظهر البيانات الدقيقة التي ستُرسل
share-send-update = أرسل التحديث
share-it = شاركها
share-go-back = رجوع
share-already = مشاركة من قبل
share-live-counted = محسوبة في ملخص المجموعة، دون اسمك.
share-live-counted-soon = ستُحسب في ملخص المجموعة، دون اسمك، عندما يصل Brim إلى مجموعتك.
share-live-sees = يمكنهم رؤية هذا.
share-live-sees-soon = سيمكنهم رؤية هذا عندما يصل Brim إلى مجموعتك.
share-again = شاركها مرة أخرى، مع آخرين
share-who-should = من يجب أن يراها؟
share-include-story = أدرج قصتي
share-which-ratings = أي التقييمات؟
share-see = شاهد ما سيُرسل
share-updated = تم التحديث. يرسل Brim النسخة الجديدة إلى مجموعتك في الخلفية.
share-counted = محسوبة في ملخص المجموعة، دون اسمك. يرسلها Brim في الخلفية.
share-shared = { $audience ->
    [lead] شوركت مع قائد المجموعة. يرسلها Brim إلى مجموعتك في الخلفية.
    [peer_supporters_and_lead] شوركت مع داعمي الأقران والقائد. يرسلها Brim إلى مجموعتك في الخلفية.
   *[whole_group] شوركت مع المجموعة كلها. يرسلها Brim إلى مجموعتك في الخلفية.
}
