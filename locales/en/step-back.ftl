# A step back: looking at a day as if watching a friend.

step-back-intro = Think of a recent day. Now picture yourself from the outside, as if you were watching a friend.
step-back-intro-why = It is often easier to see someone else's skills than our own.
step-back-kept = You started a step back before. Your answers were kept for you.
step-back-carry-on = Carry on
step-back-start = Start
step-back-question-of = Question { $at } of { $of }
step-back-skills-shown = Skills that person showed
step-back-ready = Ready to save
step-back-nothing-yet = You have not written anything yet. Go back and write a few words.
# $written: how many questions have an answer, of $of.
step-back-answered = You answered { $written } of { $of } questions. Each answer is saved as a moment.
step-back-save = Save my answers
step-back-saved = Saved
step-back-saved-as = { $count ->
    [one] Your answer is saved as a moment. Look at all that person can do.
   *[other] Your { $count } answers are saved as moments. Look at all that person can do.
}
step-back-new-skill = Is there a new skill here?
step-back-new-skill-about = Any answer can become a skill of its own, with the answer as its first moment.
step-back-make-skill = Make this a skill
# For screen readers: which answer. $answer: 1, 2, 3…
step-back-make-skill-label = Make this a skill (answer { $answer })
