# مسودة للمراجعة. Draft for review.

noticed-about = عندما يخبرك أحد بما تجيده، احفظه هنا. ثم أضفه إلى مهاراتك.
noticed-what = ماذا لاحظوا؟
noticed-who = من قالها؟
noticed-who-hint = مثل «دي، الداعمة التي تعمل معي».
noticed-said = ماذا قالوا؟
noticed-save = احفظها
noticed-none = لا شيء هنا بعد.
noticed-none-how = هل قال لك أحد إنك تجيد شيئًا؟ صديق، أو موظف، أو شخص في مجموعتك؟ اكتبه.
noticed-waiting = بانتظارك
noticed-which-skill = أي مهارة تُظهرها؟
noticed-new-skill = مهارة جديدة
noticed-add-label = أضف إلى مهاراتي: ما قاله { $from }
noticed-not-for-me = ليست لي
noticed-not-for-me-label = ليست لي: ما قاله { $from }
noticed-add = أضف ما لاحظه أحدهم
noticed-kept = محفوظة من قبل
noticed-saved = تم الحفظ. اختر الآن ماذا تفعل بها.
noticed-added = أُضيفت إلى { $skill }، كلحظة.
noticed-added-any = أُضيفت إلى مهاراتك، كلحظة.
noticed-set-aside = وُضعت جانبًا.
noticed-in-skill = في { $skill }
noticed-in-any = في مهاراتك
noticed-put-aside = موضوعة جانبًا
