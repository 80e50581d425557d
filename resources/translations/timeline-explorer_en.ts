<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="118" />
        <source>About Timeline Explorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="122" />
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="125" />
        <source>Licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="147" />
        <source>Timeline Explorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="153" />
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="159" />
        <source>Explore history as a timeline: causes, treaties, participants and sources, in Arabic and English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="172" />
        <source>Every event names its own sources (encyclopedias, newspapers, documents) in the detail pane, with a translation of each quote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="176" />
        <source>The built-in timeline, The End of the Soviet Union, was written from an Arabic article that ships with the app: %1 shows it. Where the article simplifies or misstates a fact, the event shows the fact as public sources give it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../../explorer/qt/clipboard.py" line="53" />
        <source>&amp;Copy Event Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/clipboard.py" line="64" />
        <source>Copied the summary of “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="198" />
        <location filename="../../explorer/qt/detail_pane.py" line="203" />
        <source>Causes</source>
        <extracomment>Two columns (story | participants and sources) when each gets at least this many characters of width and the participants fit theirs comfortably; else one column, the table in full width. Rows of the participants table; an agreement with more parties shows these and a count.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="199" />
        <location filename="../../explorer/qt/detail_pane.py" line="204" />
        <source>Led to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="200" />
        <location filename="../../explorer/qt/detail_pane.py" line="205" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="201" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="202" />
        <source>Event details</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/detail_pane.py" line="224" />
        <source>… and %n more parties: export the event to read them all.</source>
        <translation>
            <numerusform>… and %n more party: export the event to read it.</numerusform>
            <numerusform>… and %n more parties: export the event to read them all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="295" />
        <source>No event selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="297" />
        <source>Click an event on the timeline, or use the arrow keys, to read about it here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="109" />
        <source>Export Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="119" />
        <source>All events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="120" />
        <source>Events shown by the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="122" />
        <source>The selected event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="141" />
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="144" />
        <source>Events:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="145" />
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="149" />
        <source>Include:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="157" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="187" />
        <source>Causes and consequences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="188" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="189" />
        <source>Who took part in which agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="190" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="191" />
        <source>Translations of the quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="192" />
        <source>Picture of the timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="244" />
        <source>No preview: too many events to draw here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="301" />
        <source>PDF</source>
        <extracomment>The exporters' names, for the translation catalogue: the dialog shows them translated.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="302" />
        <source>OpenDocument Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="303" />
        <source>HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="304" />
        <source>Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="305" />
        <source>CSV (spreadsheet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="306" />
        <source>Timeline Explorer JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="307" />
        <source>PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="308" />
        <source>SVG image</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="224" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="225" />
        <source>Stop the export and write nothing (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="226" />
        <source>Exporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="232" />
        <source>Exporting %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveProgress</name>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="290" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="291" />
        <source>Stop saving and write nothing (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="292" />
        <source>Saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="298" />
        <source>Saving %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="72" />
        <source>Open &amp;Recent</source>
        <extracomment>Files a drop may open (by name; the loader still decides by content).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="73" />
        <source>Open the &amp;Built-in Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="74" />
        <source>Save &amp;As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="75" />
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="99" />
        <source>%1 is no longer there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="124" />
        <source>Save Timeline As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="124" />
        <source>Timelines (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="136" />
        <source>Cannot Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="169" />
        <source>Cannot Open Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="171" />
        <source>%1 is not a timeline file. Drop a Timeline Explorer or TimelineJS file (.json), a TimelineJS spreadsheet (.csv) or a The Timeline file (.timeline).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="175" />
        <source>Save cancelled; nothing was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="64" />
        <source>Go to Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="65" />
        <source>&amp;Date (a year, a month or a day):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="66" />
        <source>e.g. 1991-12, December 1991 or كانون الأول 1991</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="78" />
        <source>Goes to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="81" />
        <source>Not a date this can read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../explorer/qt/help_actions.py" line="35" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../explorer/qt/language_menu.py" line="47" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/language_menu.py" line="48" />
        <source>The language of the window</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../explorer/qt/legend.py" line="205" />
        <source>Hide “%1” events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/legend.py" line="205" />
        <source>Show “%1” events</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <location filename="../../explorer/qt/loading.py" line="147" />
        <source>Cancel</source>
        <extracomment>Files up to this size load on the UI thread (a few tens of milliseconds at most).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/loading.py" line="148" />
        <source>Stop loading and keep the timeline shown (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/loading.py" line="149" />
        <source>Loading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/loading.py" line="155" />
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoadWarnings</name>
    <message>
        <location filename="../../explorer/qt/load_warnings.py" line="41" />
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/load_warnings.py" line="53" />
        <source>Opened with %n warning(s)</source>
        <translation>
            <numerusform>Opened with %n warning</numerusform>
            <numerusform>Opened with %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/load_warnings.py" line="62" />
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="250" />
        <source>&amp;File</source>
        <extracomment>From this many events, a search waits for a pause in typing (ms) rather than run per key. The event the user last chose: kept through a search that hides it for a while.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="251" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="252" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="94" />
        <location filename="../../explorer/qt/main_window.py" line="254" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="255" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="256" />
        <source>&amp;Export Summary…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="260" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="261" />
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="262" />
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="263" />
        <source>&amp;Fit Whole Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="264" />
        <source>&amp;Search Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="265" />
        <source>&amp;About Timeline Explorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="95" />
        <location filename="../../explorer/qt/main_window.py" line="266" />
        <source>The Built-in Story's &amp;Source Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="267" />
        <source>Search events, places, people…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="268" />
        <source>Search events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="269" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="270" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/main_window.py" line="434" />
        <source>Preparing the search of %n event(s)…</source>
        <translation>
            <numerusform>Preparing the search of %n event…</numerusform>
            <numerusform>Preparing the search of %n events…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="437" />
        <source>No events match “%1”. Press Esc to clear the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="482" />
        <source>Timeline Explorer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/main_window.py" line="494" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="497" />
        <source>%1 of %2 events shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="517" />
        <source>Timelines (*.json *.csv *.timeline);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="518" />
        <source>Open Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="567" />
        <source>Saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="570" />
        <source>Cannot Open Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="593" />
        <source>Export Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="629" />
        <source>Export Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="626" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="632" />
        <source>Export cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="694" />
        <source>Still Writing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="696" />
        <source>%1 is still being written. Close now, and it is not written (a file of that name keeps what it had); or keep writing, and close when it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="703" />
        <source>Close Without Writing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="706" />
        <source>Keep Writing</source>
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
    <name>OverviewStrip</name>
    <message>
        <location filename="../../explorer/qt/overview_strip.py" line="73" />
        <source>Overview of the whole timeline</source>
        <extracomment>Pixels from a frame edge within which a press takes the edge (zoom) instead of the frame. Pixels per bucket of the density band. Pixels kept between two date labels under the band, so there are only a few. The height of the density band; the labels' line is under it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/overview_strip.py" line="76" />
        <source>The whole timeline, with the part in view framed. Click to go there, drag the frame to move, drag its edges or use the wheel to zoom.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="148" />
        <source>State</source>
        <extracomment>Status colours, a second cue beside the word: signed, observer, did not take part. Parties not shown because of the row limit (the pane says how many).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="149" />
        <location filename="../../explorer/qt/detail_models.py" line="153" />
        <source>Represented by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="150" />
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="151" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="152" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipationMatrix</name>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="107" />
        <source>Participation matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="115" />
        <source>States and the agreements they took part in. Click a cell to open that agreement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="124" />
        <source>No agreement in this timeline lists its participants.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_tabs.py" line="43" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_tabs.py" line="44" />
        <source>Participation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PictureChoices</name>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="53" />
        <source>Pixels of the PNG per pixel of the picture: 2 is sharp on fine screens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="62" />
        <source>Current view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="65" />
        <source>Whole timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="70" />
        <source>Legend of the kinds of events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="81" />
        <source>Width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="82" />
        <source>Height:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="83" />
        <source>Scale:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="84" />
        <source>Shows:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="127" />
        <source> px</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../explorer/qt/printing.py" line="43" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="66" />
        <source>Print Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="89" />
        <source>Print Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="100" />
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="114" />
        <source>Too Many Events to Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="115" />
        <source>Print takes up to %1 events at a time; these are %2. Choose fewer with a search or a selection, or use Export Summary to write them to a PDF file, which goes on in the background.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="26" />
        <source>&amp;Look in:</source>
        <extracomment>Each language the window speaks, named in itself.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="27" />
        <source>Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="28" />
        <source>Files of &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="29" />
        <source>Files of type:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutTooltips</name>
    <message>
        <location filename="../../explorer/qt/shortcut_tooltips.py" line="75" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="83" />
        <source>Other Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="100" />
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="104" />
        <source>Find an action or a key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="105" />
        <source>Find a shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="110" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="110" />
        <source>Keys</source>
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
        <location filename="../../explorer/qt/story_mode.py" line="183" />
        <source>&amp;Present</source>
        <extracomment>How long the strip takes to travel from one event to the next, in milliseconds. The stretch of time shown around an instant: enough to see its neighbours in a busy month. Space on each side of a span, as a part of its length.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="184" />
        <source>Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="185" />
        <source>Present the story one event at a time (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="186" />
        <source>Present the story one event at a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="187" />
        <source>Next Slide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="188" />
        <source>Previous Slide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="189" />
        <source>First Slide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="190" />
        <source>Last Slide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="191" />
        <source>Leave the Presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="192" />
        <source>Full Screen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StorySlide</name>
    <message>
        <location filename="../../explorer/qt/story_slide.py" line="188" />
        <source>Causes</source>
        <extracomment>The smallest type a slide shrinks to, as a part of its nominal size, and the step it takes. The size at which the type has its nominal size; it scales with the slide from there.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_slide.py" line="189" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/story_slide.py" line="190" />
        <source>Story slide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="112" />
        <source>&amp;Zoom to Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="113" />
        <source>Frame the selected event closely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="114" />
        <source>&amp;Go to Date…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message numerus="yes">
        <location filename="../../explorer/qt/timeline_render.py" line="207" />
        <source>%n event(s) in view — zoom in to see them</source>
        <translation><numerusform>%n event in view — zoom in to see it</numerusform><numerusform>%n events in view — zoom in to see them</numerusform></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_clusters.py" line="85" />
        <source>+%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../explorer/qt/timeline_view.py" line="73" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_view.py" line="76" />
        <source>Events in time order. Left and Right arrows go to the previous and next event (with Shift they extend the selection, with Ctrl they pan), plus and minus zoom. The mouse wheel zooms, Shift+wheel pans, dragging pans and Shift+dragging selects the events it covers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_view_base.py" line="262" />
        <source>Showing %1 · Fit (Ctrl+0) shows all</source>
        <extracomment>What :meth:`TimelineViewBase.set_opening_range` opens on without a range: the densest stretch. The visible range changed: start and end, in days since 1970-01-01. The widest view, in times the data's span: further out, the data would be a speck. Lanes beyond the height scroll vertically (the axis stays); more than this are hidden. The most selected events whose cause arrows are drawn at once. Where Shift+arrow began extending the selection (a row), or -1.</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/timeline_clusters.py" line="91" />
        <source>%n more event(s) here: click to zoom in</source>
        <translation><numerusform>%n more event here: click to zoom in</numerusform><numerusform>%n more events here: click to zoom in</numerusform></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../explorer/qt/summary_text.py" line="18" />
        <source>The summary cannot be read: the file changed on disk, or can no longer be read, since it was opened. Open the file again to read it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>a folder of that name is in the way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: cannot write: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: cannot write the file: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>permission denied (the folder is read-only or not yours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: the file is read-only; make it writable or choose another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no program is reading from this pipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is UTF-16 text; Timeline Explorer reads UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not UTF-8 text: byte {byte} is not a valid character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event was skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the era was skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: not written: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: {problem} ({hint})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1991-12-08; a negative year is BC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add "format": "{format}" at the top of the object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a text per language, e.g. {"en": "Treaty", "ar": "معاهدة"}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add "title": {"en": "…"} (a text per language)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add "id": a unique name without spaces, e.g. "belovezha-accords"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add "start": "YYYY-MM-DD", or YYYY or YYYY-MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add "party": {"en": "…"}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add "name": {"en": "…"}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add "citation": the work the fact comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add "colour": "#rrggbb", e.g. "#4e79a7"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object {…}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list […]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a text in quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>years go from -{limit} to {limit}; write the year with at most {digits} digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid JSON: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look for a missing comma, quote or bracket at or just before this point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid JSON: the document ends too early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a closing bracket, brace or quote is missing; is the file cut short?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number with {digits} digits is too large to read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number is too large to read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} “{value}” is not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an id cannot contain spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a colour must be written #rrggbb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is too long (at most {limit} characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allowed here: {fields}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown field “{field}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the required field “{field}” is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the end ({end}) is before the start ({start})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct the dates or swap them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use e.g. "belovezha-accords"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use e.g. "#4e79a7"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>causes are event ids in quotes, e.g. ["glasnost"]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format “{format}” is not one this version reads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this version reads "format": "{format}"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date must be a text in quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the number with digits only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no event can be read: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>years go from -{limit} to {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year {year} is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>years from -{limit} to {limit} can be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month {month} is not between 1 and 12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the month as a number from 1 (January) to 12 (December)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day {day} is not between 1 and {last} in {month}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the day of the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hour {hour} is not between 0 and 23</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the time on a 24-hour clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minute {minute} is not between 0 and 59</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the end {end} is before the start {start}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event is shown as an instant at its start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the era ends ({end}) before it starts ({start})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{problem} (and {count} more events cannot be read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Timeline writes UTF-8; save the file as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file declares a {declaration}, which is refused for safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Timeline never writes one; remove the &lt;!DOCTYPE …&gt; declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the root element is &lt;{tag}&gt;, not &lt;timeline&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not a file saved by The Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no &lt;start&gt; time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add &lt;start&gt;YYYY-MM-DD HH:MM:SS&lt;/start&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{text} is not a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write it as YYYY-MM-DD HH:MM:SS, e.g. 1991-12-08 00:00:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>second {second} is not between 0 and 59</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the time type {type} is not a calendar date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only timelines of calendar dates (time type gregoriantime) can be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid XML: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check that every &lt;tag&gt; is closed and &amp; is written &amp;amp;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the whole timeline is shown at first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the timeline has no events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date has no year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"{key}" is not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write "{key}": [ … ] with one object per slide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the JSON is nested too deeply for a timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the slide is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write each slide as { … }</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the slide has no start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give it "{key}": {example}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write it as {"year": …, "month": …}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add "year": …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a TimelineJS3 file is {"title": …, "events": […]}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a TimelineJS3 file lists its slides under "events"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write it as "YYYY,MM,DD"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date is not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{text} is not a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write it as "YYYY,MM,DD" or "YYYY,MM,DD,HH,MM"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"timeline" is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a TimelineJS 2 file is {"timeline": {"headline": …, "date": […]}}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a TimelineJS 2 file lists its slides under "date"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{column} {time} is not a time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save the sheet as CSV UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row has no Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give every event a Year (a title row has Type "title")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first line is not a TimelineJS3 sheet header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first row names the columns: Year, Month, Day, …, Headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sheet has no event rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add a row with a Year and a Headline under the header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write it as HH:MM, e.g. 14:30 or 2:30 PM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with AM or PM, the hour is from 1 to 12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid CSV: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a cell with quotes starts and ends with ", and "" stands for "</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cut to the limit of {limit} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} events is more than Timeline Explorer opens ({limit})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{length} characters; cut to the limit of {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} participants; the first {limit} are kept (the limit for one event)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} sources; the first {limit} are kept (the limit for one event)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a party, name, office, note, citation or quote is longer than its limit ({short} characters for names, {long} for notes and quotes); cut to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a dataset is a JSON object like {"format": "timeline-explorer/1", "title": …}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>split the timeline into several files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the JSON is nested too deeply to be a dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline Explorer opens: {formats}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: … and {count} more problems like these</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format “{format}” is not one Timeline Explorer reads</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{file}: %n warning(s); {dropped} of {total} events were left out</source>
        <translation>
            <numerusform>{file}: %n warning; {dropped} of {total} events were left out</numerusform>
            <numerusform>{file}: %n warnings; {dropped} of {total} events were left out</numerusform>
        </translation>
    </message>
    <message>
        <source>is too large ({size} GB); the limit is {limit} GB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: {warning}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this JSON is a list, not a dataset object</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{file}: %n warning(s); all {shown} events were loaded</source>
        <translation>
            <numerusform>{file}: %n warning; all {shown} events were loaded</numerusform>
            <numerusform>{file}: %n warnings; all {shown} events were loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not in a format Timeline Explorer can open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this JSON is not a Timeline Explorer dataset: it has no format marker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the name and the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read as {format}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a {size} picture at scale {scale} is a {pixels} PNG, more than {limit} megapixels: choose a smaller size or scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>picture scale {scale} is out of range: use {least} to {most}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the picture's time range must end after it starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>picture {name} {side} px is out of range: use {least} to {most} px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read any more ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{problem}, so an event's summary cannot be read from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed on disk since it was opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open the file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event {number} (“{id}”): {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>story step “{id}” is not the id of any event; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>story step “{id}” is listed twice; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event “{id}” lists itself as a cause; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate id “{id}”: an earlier event has it; this one is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cause “{id}” is not the id of any event; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cause “{id}” is listed twice; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>category “{id}” is not the id of any category in “categories”; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate category id “{id}”: an earlier category has it; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not enough memory for this many events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the work stopped unexpectedly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: could not render the {format} export: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: not enough memory to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not enough memory for a {pixels} PNG: choose a smaller size or scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{text} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1991-12-08; -0500 for 501 BC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year {year} is out of range (±{limit})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a day needs a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a time needs a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day {day} is not between 1 and {last} for this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a time needs both hours and minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time {time} is not a valid time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a time of day can be given for years up to ±{limit} only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ',' or '}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ',' or ']'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ':'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>object keys must be strings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trailing characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid escape character in string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid character in unicode escape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trailing comma in object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trailing comma in array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} eras; the first {limit} are kept (the limit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} categories; the first {limit} are kept (the limit)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>