# The check-in: rating each skill, every few months.

check-in-what = A check-in is where you rate your skills, every few months, and see them grow.
check-in-first-skill = Let's start by finding your first skill.
# $date: the day it was started; $rated and $of: how many skills are rated, of how many.
check-in-started = You started a check-in on { $date }. You rated { $rated } of { $of } skills.
check-in-carry-on = Carry on where I left off
check-in-how = You will see your skills one at a time. Rate each one from 1 to 5. There are no wrong answers, and you can stop and come back.
check-in-skill-of = Skill { $at } of { $of }
# $rating: 1 to 5; $label: its words, like "I can do this well".
check-in-last-time = Last time you said: { $rating }, “{ $label }”.
check-in-how-well = How well can you do this now?
check-in-note = A note, if you like
check-in-note-hint = What helped, or what you want to try.
check-in-back = Back
check-in-skip = Skip this one
check-in-next = Next
check-in-stop = Stop for now, finish later
check-in-yours = Your check-in
check-in-review = Here is what you said. Tap a skill to change it.
check-in-skipped = Skipped
check-in-up = Up since last time
check-in-change = Change
check-in-anything-else = Anything else about this check-in?
check-in-save = Save my check-in
check-in-saved = Check-in saved
check-in-well-done = Well done for taking the time. This is how you see your skills grow.
# $skill: a skill's name; $from and $to: its ratings last time and now.
check-in-rise = { $skill }: up from { $from } to { $to }
check-in-see-growth = See my growth
check-in-share = Share some of these ratings with my group
check-in-new-skills = Any new skills since last time?
check-in-new-skills-about = Something you have started doing, or something someone noticed. Skill ideas can help you spot them.
