# مسودة للمراجعة. Draft for review.

more-title = المزيد
more-lock-now = اقفل الآن
more-step-back = خطوة إلى الوراء
more-step-back-about = انظر إلى يوم من الخارج، واكتشف المهارات التي أظهرتها.
more-noticed = أحدهم لاحظ…
more-noticed-about = عندما يخبرك أحد بما تجيده، احفظه هنا.
more-find = ابحث عن لحظة
more-find-about = ارجع إلى كل ما كتبته.
more-group = المجموعة
more-group-about = انضم إلى مجموعة، وشارك فقط ما تختاره.
more-settings = الإعدادات
more-settings-about = موعد المراجعة، النسخ الاحتياطية، القفل، وقائمة بمهاراتك للطباعة.
more-private = يومياتك تبقى على هذا الجهاز. لا يُرسل شيء إلى أي مكان إلا إذا انضممت إلى مجموعة واخترت المشاركة.
