<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Choose an activity on the Home page or in the Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {kind} opens here in the next release: {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered or not finished (press Enter to go to one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered {answered} of {total} questions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% of the track complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the next activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module / activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content pack is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no track for your role in the installed packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have completed every module of this track. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: complete {modules} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — needs {modules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search guides, walkthroughs and quizzes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books and chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No results for this search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CPIMS+ Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your training records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some content has problems: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPIMS+ Trainer — {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <source>Choose a match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match for: {left}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <source>Put the items in order: select one, then Move up or Move down (Alt+Up, Alt+Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenting: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc leaves presenter mode · ← → move between slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who is training today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Create yours on the right to start training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (optional, 4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, 4–8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected by a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}? The records are kept; the profile is hidden from this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Quiz error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the quiz start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered {answered} of {total} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number}: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit your answers? You cannot change them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} question(s) are not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <source>Contents of this chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link points outside the training pack and was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached the end; it counts as read after the minimum reading time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read to the end of the chapter to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Chapter text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Multimedia (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLC (needs VLC installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video player:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlideThumbnails</name>
    <message>
        <source>Slides in this deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlidesView</name>
    <message>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide deck message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the slide to the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original PowerPoint file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slide deck {file} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its security scheme is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no pages or could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Every slide seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seen} of {count} slides seen. See every slide to complete the deck.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>About this quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review the selected attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the selected attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts used: {used} of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts used: {used} (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>Step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed by: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture for step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: I see the expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the value here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw, any difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <source>&amp;True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoControls</name>
    <message>
        <source>−10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F, Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video cannot be played: {file}
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkthroughView</name>
    <message>
        <source>Steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export checklist (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the checklist as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the demo site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the production site: changes there are real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ticked} of {total} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Walkthrough complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a walkthrough first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist was not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>CPIMS+ Trainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
