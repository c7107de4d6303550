<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Completeness</name>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some attributes are not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agreed overall needs a justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorScreen</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance for this attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◂ &amp;Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: agreed overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file(s) stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open %1, a plain copy is written outside the encrypted profile, where anyone using this laptop can read it. Delete the copy when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the copy and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this item? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justification missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recognition band reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total appears when every criterion has a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to an attribute score, then press F1 for its guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Files are stored encrypted inside the profile and travel with the export. Opening one writes a plain copy outside the encrypted store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Enter your name as it should appear on your assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too weak: make it longer, for example add a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust settings (*.ipmst *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you enter is kept encrypted on this laptop. Choose a long passphrase that only you know: a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open your profile. Write it on paper now and keep the paper away from this laptop. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written the recovery code down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust settings name CoMSEC&apos;s certificate authority and the consolidation keys your exports are encrypted to. Install the file you received with this laptop, or start a training profile to practise on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install trust settings from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;training profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training creates a practice certificate authority and consolidation key on this laptop and a sample case, so that you can score, export, merge and report alone. Training exports are not accepted by CoMSEC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Assessor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported, revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the assessment of %1 with all its scores, texts and evidence? This cannot be undone. Exported bundles are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an assessment with Enter or a double click. Every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments yet. Create one with New assessment (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason this item cannot be assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 3 to 5 strengths as full sentences, before scoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 3 to 5 areas for improvement as full sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 3 issues to check during the site visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreed overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the suggested overall. Enter a value to record your judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested overall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this item&apos;s scores first to mark it not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trengths (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;reas for improvement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site-&amp;visit issues (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A justification is required: the agreed overall departs %1 points or more from the suggested overall. It is saved once you write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification given for departing from the suggested overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A justification is needed when the agreed overall departs %1 points or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a legal score: use %2 to %3 in steps of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Welcome to IPMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language you will work in. You can change it later on the unlock screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IPMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPMS Desktop: the offline assessment client of the Government-Wide Institutional Performance Management System.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the institution being assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair, but not yet enough: add another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>IPMS Desktop is already open for this profile (process %1 on %2). Switch to that window, or close it before starting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your assessments are encrypted on this laptop. Enter your passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
