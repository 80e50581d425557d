<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="200" />
        <location filename="../../explorer/qt/detail_pane.py" line="205" />
        <source>Causes</source>
        <extracomment>Two columns (story | participants and sources) when each gets at least this many characters of width and the participants fit theirs comfortably; else one column, the table in full width. Rows of the participants table; an agreement with more parties shows these and a count.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="201" />
        <location filename="../../explorer/qt/detail_pane.py" line="206" />
        <source>Led to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="202" />
        <location filename="../../explorer/qt/detail_pane.py" line="207" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="203" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="204" />
        <source>Event details</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/detail_pane.py" line="226" />
        <source>… and %n more parties: export the event to read them all.</source>
        <translation>
            <numerusform>… and %n more party: export the event to read it.</numerusform>
            <numerusform>… and %n more parties: export the event to read them all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="280" />
        <source>No event selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="282" />
        <source>Click an event on the timeline, or use the arrow keys, to read about it here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="42" />
        <source>Export Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="50" />
        <source>All events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="51" />
        <source>Events shown by the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="53" />
        <source>The selected event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="65" />
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="66" />
        <source>Events:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="67" />
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoadWarnings</name>
    <message>
        <location filename="../../explorer/qt/load_warnings.py" line="38" />
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/load_warnings.py" line="50" />
        <source>Opened with %n warning(s)</source>
        <translation>
            <numerusform>Opened with %n warning</numerusform>
            <numerusform>Opened with %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/load_warnings.py" line="59" />
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="179" />
        <source>&amp;File</source>
        <extracomment>The event the user last chose: kept through a search that hides it for a while.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="180" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="181" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="183" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="184" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="185" />
        <source>&amp;Export Summary…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="186" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="187" />
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="188" />
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="189" />
        <source>&amp;Fit Whole Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="190" />
        <source>&amp;Search Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="191" />
        <source>&amp;About Timeline Explorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="192" />
        <source>The Built-in Story's &amp;Source Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="193" />
        <source>Search events, places, people…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="194" />
        <source>Search events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="195" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="196" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="296" />
        <source>No events match “%1”. Press Esc to clear the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="323" />
        <source>Timeline Explorer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/main_window.py" line="330" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="333" />
        <source>%1 of %2 events shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="354" />
        <source>Open Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="364" />
        <source>Cannot Open Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="384" />
        <source>Export Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="395" />
        <source>Export Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="397" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="407" />
        <source>About Timeline Explorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="409" />
        <source>&lt;h3&gt;Timeline Explorer %1&lt;/h3&gt;&lt;p&gt;Explore history as a timeline: causes, treaties, participants and sources, in Arabic and English.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans and Noto Sans Arabic, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../explorer/qt/navigation.py" line="46" />
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/navigation.py" line="47" />
        <source>Back to the previous event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/navigation.py" line="48" />
        <source>&amp;Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/navigation.py" line="49" />
        <source>Forward to the next event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="147" />
        <source>State</source>
        <extracomment>Status colours, a second cue beside the word: signed, observer, did not take part. Parties not shown because of the row limit (the pane says how many).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="148" />
        <location filename="../../explorer/qt/detail_models.py" line="152" />
        <source>Represented by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="149" />
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="150" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="151" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipationMatrix</name>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="101" />
        <source>Participation matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="107" />
        <source>States and the agreements they took part in. Click a cell to open that agreement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="116" />
        <source>No agreement in this timeline lists its participants.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="272" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="273" />
        <source>Participation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlideHeader</name>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="80" />
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="81" />
        <source>Previous event (Left, Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="82" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="83" />
        <source>Next event (Right, Space, Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="84" />
        <source>Full Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="85" />
        <source>Full screen on or off (F11)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="86" />
        <source>Exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="87" />
        <source>Leave the presentation (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="114" />
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="117" />
        <source>Slide %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceArticleDialog</name>
    <message>
        <location filename="../../explorer/qt/source_article.py" line="31" />
        <source>Source Article</source>
        <extracomment>The article of the built-in story.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoryMode</name>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="160" />
        <source>&amp;Present</source>
        <extracomment>How long the strip takes to travel from one event to the next, in milliseconds. The stretch of time shown around an instant: enough to see its neighbours in a busy month. Space on each side of a span, as a part of its length.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="161" />
        <source>Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="162" />
        <source>Present the story one event at a time (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="163" />
        <source>Present the story one event at a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="164" />
        <source>Next Slide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="165" />
        <source>Previous Slide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="166" />
        <source>First Slide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="167" />
        <source>Last Slide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="168" />
        <source>Leave the Presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="169" />
        <source>Full Screen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StorySlide</name>
    <message>
        <location filename="../../explorer/qt/story_slide.py" line="184" />
        <source>Causes</source>
        <extracomment>The smallest type a slide shrinks to, as a part of its nominal size, and the step it takes. The size at which the type has its nominal size; it scales with the slide from there.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_slide.py" line="185" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_slide.py" line="186" />
        <source>Story slide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message numerus="yes">
        <location filename="../../explorer/qt/timeline_render.py" line="166" />
        <source>%n event(s) in view — zoom in to see them</source>
        <translation><numerusform>%n event in view — zoom in to see it</numerusform><numerusform>%n events in view — zoom in to see them</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../explorer/qt/timeline_view.py" line="75" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_view.py" line="78" />
        <source>Events in time order. Left and Right arrows go to the previous and next event, plus and minus zoom, the mouse wheel zooms and dragging pans.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_view_base.py" line="151" />
        <source>Showing %1 · Fit (Ctrl+0) shows all</source>
        <extracomment>What :meth:`TimelineViewBase.set_opening_range` opens on without a range: the densest stretch. The visible range changed: start and end, in days since 1970-01-01. Lanes beyond the height scroll vertically (the axis stays); more than this are hidden.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
</TS>