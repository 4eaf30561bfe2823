# Settings › On this phone: text size, language, when to send to the group.

phone-title = On this phone
phone-text-size = Text size
phone-text-size-about = On top of your phone's own text size. Everyone has skills.
# $size: a percentage such as 100.
phone-size-standard = Standard ({ $size }%)
phone-size-largest = Largest ({ $size }%)
phone-size = { $size }%

phone-language = Language
# $language: the phone's own language, named in its own words ("English").
phone-language-phone = Same as this phone ({ $language })
phone-language-draft = Words in this language are a first draft. Tell your group if something reads oddly.

phone-sync = Sending to your group
phone-sync-automatic = By itself
phone-sync-automatic-about = Sends what you share straight away and checks for news every 30 seconds.
phone-sync-when-asked = Only when I ask
phone-sync-when-asked-about = Uses less data. Nothing goes to your group until you tap to send.

# The rest of Settings.
settings-cadence = How often to check in
# $months: 1, 3, 6 or 12.
settings-cadence-every = { $months ->
    [1] Every month
    [12] Once a year
   *[other] Every { $months } months
}
# $due: a sentence about when the next check-in is.
settings-cadence-saved = Saved. { $due }
settings-print = Print my skills
settings-print-about = A page of your skills, stories and moments, for a job or volunteering form. Pick the skills to show.
settings-print-none = Add a skill first, then you can print it here.
settings-print-which = Skills to print
settings-print-make = Make my skills page
settings-print-page = Your skills page, ready to print
settings-print-now = Print
settings-print-close = Close
settings-print-pdf = Save as a PDF
settings-print-pdf-saving = Making your PDF. Choose where to keep it in the window that opens.
# $place: the folder in words ("your Downloads folder"); $file: the file's name.
settings-print-pdf-saved = Saved. Your skills page is in { $place }, named { $file }. It stays on this device until you send it yourself.
# The person closed the save window without saving: nothing is wrong.
settings-print-pdf-not-saved = Nothing was saved. You can save your skills page whenever you like.
settings-backup = Keep a copy
settings-backup-about = Save everything in one file. Keep it somewhere safe, like a memory stick or email to yourself.
settings-restore = Bring back a backup
settings-restore-about = Brings back everything in a backup file, on a new phone or this one. What is already in your journal stays as it is, and nothing comes in twice.
settings-restore-file = Backup file
settings-restore-pick = Pick a backup file first.
settings-restore-passphrase = Passphrase for this backup
settings-restore-now = Bring back my journal
settings-restored = Welcome back. Brought back { $skills ->
        [one] { $skills } skill
       *[other] { $skills } skills
    }, { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    }, { $checkIns ->
        [one] { $checkIns } check-in
       *[other] { $checkIns } check-ins
    } and { $recognitions ->
        [one] { $recognitions } recognition
       *[other] { $recognitions } recognitions
    }.
# $count: how many things in the backup were already in the journal.
settings-restored-already = { $count ->
    [one] { $count } thing was already in your journal and stayed as it is.
   *[other] { $count } things were already in your journal and stayed as they are.
}

# Saving a backup file.
backup-passphrase = Your passphrase
backup-save = Save a backup file
backup-saving = Saving your backup…
# $place: the folder in words ("your Downloads folder"); $file: the file's name.
backup-saved = Saved. Your backup is in { $place }, named { $file }.
backup-locked = It is locked with your passphrase, like your journal. To bring it back you will need that passphrase.

# Settings › On this phone › Reminders. A notification may be seen by anyone
# near the phone: its words never say anything from the journal.
remind-title = Reminders
remind-before = Before your phone asks
remind-why = Next, your phone will ask if Brim may send you notifications. Brim uses them only for reminders, even when the app is closed. They never show anything from your journal: just “Time for a check-in”.
remind-why-nudge = Next, your phone will ask if Brim may send you notifications. Brim uses them only for reminders, even when the app is closed. They never show anything from your journal: just “Time for a check-in”, or “A moment to notice a skill you used this week”.
remind-can-say-no = You can say no, and Brim still works the same. Home always shows when a check-in is due.
remind-continue = Continue
remind-not-now = Not now
remind-can = Brim can remind you when a check-in is due, even when the app is closed.
remind-turn-on = Turn on reminders
remind-not-allowed = Your phone is not showing Brim's notifications at the moment. You can let them in your phone's settings for Brim. Home always shows when a check-in is due.
remind-nudge = A weekly nudge to notice a skill
remind-nudge-hint = On your phone, Wednesdays at 6 pm. It only says “A moment to notice a skill you used this week”.
