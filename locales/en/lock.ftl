# Settings › Lock with a passphrase.

lock-title = Lock with a passphrase
lock-about = Lock your journal with a passphrase of your own, so only you can open it, even on a shared phone.
lock-warning = If you forget this passphrase, nobody can open your journal — not us, not your group. Save a backup first.
lock-new = New passphrase
lock-new-hint = At least 6 characters. A few words you will remember work well.
lock-again = Type it again
lock-turn-on = Turn the lock on
lock-is-on = Your journal is locked with your passphrase. Brim locks itself when you have been away a while.
lock-by-itself = Lock by itself
# $minutes: 1, 5, 15 or 60.
lock-after = { $minutes ->
    [60] After an hour away
    [one] After { $minutes } minute away
   *[other] After { $minutes } minutes away
}
lock-change = Change passphrase
lock-current = Current passphrase
lock-next-hint = At least 6 characters.
lock-next-again = Type the new one again
lock-turn-off = Turn the lock off
lock-off-about = Your journal stays on this phone, without a passphrase.
lock-off-passphrase = Passphrase to turn it off
lock-not-the-same = The two passphrases are not the same. Type the same one in both.
lock-on-now = The lock is on. Brim will ask for your passphrase each time it opens.
lock-saved = Saved.
lock-changed = Your new passphrase is saved. Use it next time you open Brim.
lock-off-now = The lock is off. Brim opens without a passphrase now.
