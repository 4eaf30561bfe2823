# Words of the journal that the core gives the screens: the areas skills
# belong to, the rating labels, the reminders, and words kept with a
# recognition. Read locales/TRANSLATING.md first.

## The nine areas: a name, and one plain sentence on what belongs there.

area-people = People
area-people-about = Getting on with others, listening, helping people feel at ease.
area-organising = Organising
area-organising-about = Planning, keeping track, getting things done in order.
area-practical = Practical
area-practical-about = Making, fixing, cooking, finding your way around.
area-creative = Creative
area-creative-about = Ideas, art, music, words, finding new ways round a problem.
area-resilience = Resilience
area-resilience-about = Keeping going, bouncing back, staying calm when it is hard.
area-money = Money
area-money-about = Making money last, budgeting, knowing the value of things.
area-caring = Caring
area-caring-about = Looking after others, pets, a home or yourself.
area-speaking-up = Speaking up
area-speaking-up-about = Saying what matters, standing up for yourself and others.
area-learning = Learning
area-learning-about = Picking things up, asking questions, teaching yourself.

## A skill's rating at a check-in, from 1 to 5. Each says what someone can
## do, never what they cannot.

rating-1 = Just starting
rating-2 = Getting there
rating-3 = I can do this
rating-4 = I do this well
rating-5 = I could teach this

## Notifications. They may show on a locked or shared phone, so they say
## nothing about the person or their journal.

reminder-check-in = Time for a check-in
reminder-skill-nudge = A moment to notice a skill you used this week

## A recognition, as it is kept in the journal of the person it is for.
# $skill: the skill's name.
recognition-good-at = You're good at { $skill }.
# $skill: the skill's name; $words: what the sender added, in their words.
recognition-good-at-with-words = You're good at { $skill }. { $words }

## Sharing with the group.

# Why the group server set one change aside (it stays on this phone).
sync-rejected-unknown-kind = The group server is older than this app and could not take this change. Your group's lead can update it.
sync-rejected-invalid = The group server could not take this change as it is: it may be too long.
sync-rejected-not-found = The group server no longer has what this change was about.
sync-rejected-forbidden = Your part in the group does not include this change.
sync-rejected-left-group = You had left the group, so this change was not sent.
sync-damaged-change = This change was damaged on this device and could not be sent.
# $status: the number the network gave back, like 403.
sync-refused-connection = Something between Brim and the group server refused the connection (status { $status }). Check your group's web address, or try another network.

## Where a backup was saved: the words fit into backup-saved (settings.ftl), after "Your backup is in".

backup-place-beside-journal = the Backups folder beside your journal
backup-place-downloads = your Downloads folder
backup-place-documents = your Documents folder
backup-place-home = your home folder

## The skills page for a job form (the portfolio), a page the person prints or keeps.

portfolio-title = My skills
portfolio-intro = Skills I have, the story behind them, and moments that show them.
# $words: the skill idea's sentence for an application, like "I stay calm under pressure."
portfolio-job-words = For a job form: { $words }
# The PDF's file name, as the person sees it in their files. $date: like 2026-12-04.
portfolio-file-name = Brim skills portfolio { $date }
# The title of the system's save window, where the person chooses where the PDF goes.
portfolio-save-title = Save your skills page
# The kind of file the save window offers to save.
portfolio-save-filter = PDF document
# Where the PDF went, after "is in": the folder the person chose. $folder: its name, like Documents.
portfolio-place-folder = the folder “{ $folder }”
# Where the PDF went, when the phone does not say which folder it is.
portfolio-place-chosen = the place you chose

## A date in words, on the portfolio. $month: one of the month names below.

date-in-words = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
