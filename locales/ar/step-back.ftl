# مسودة للمراجعة. Draft for review.

step-back-intro = فكّر في يوم قريب. والآن تخيّل نفسك من الخارج، كأنك تشاهد صديقًا.
step-back-intro-why = غالبًا ما يكون رؤية مهارات الآخرين أسهل من رؤية مهاراتنا.
step-back-kept = بدأت خطوة إلى الوراء من قبل. إجاباتك محفوظة لك.
step-back-carry-on = أكمل
step-back-start = ابدأ
step-back-question-of = السؤال { $at } من { $of }
step-back-skills-shown = مهارات أظهرها ذلك الشخص
step-back-ready = جاهز للحفظ
step-back-nothing-yet = لم تكتب شيئًا بعد. ارجع واكتب بضع كلمات.
step-back-answered = أجبت عن { $written } من { $of } أسئلة. كل إجابة تُحفظ كلحظة.
step-back-save = احفظ إجاباتي
step-back-saved = تم الحفظ
step-back-saved-as = { $count ->
    [one] حُفظت إجابتك كلحظة. انظر إلى كل ما يستطيعه ذلك الشخص.
   *[other] حُفظت إجاباتك ({ $count }) كلحظات. انظر إلى كل ما يستطيعه ذلك الشخص.
}
step-back-new-skill = هل هنا مهارة جديدة؟
step-back-new-skill-about = أي إجابة يمكن أن تصبح مهارة بذاتها، وتكون الإجابة أول لحظة لها.
step-back-make-skill = اجعلها مهارة
step-back-make-skill-label = اجعلها مهارة (الإجابة { $answer })
