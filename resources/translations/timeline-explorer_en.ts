<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="176" />
        <source>Causes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="177" />
        <source>Led to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="178" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="179" />
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="180" />
        <source>Event details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="199" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="200" />
        <source>Treaty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="201" />
        <source>Cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="202" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="231" />
        <source>No event selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="233" />
        <source>Click an event on the timeline, or use the arrow keys, to read about it here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="41" />
        <source>Export Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="49" />
        <source>All events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="50" />
        <source>Events shown by the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="52" />
        <source>The selected event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="64" />
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="65" />
        <source>Events:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="66" />
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="157" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="158" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="159" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="160" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="161" />
        <source>&amp;Export Summary…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="162" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="163" />
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="164" />
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="165" />
        <source>&amp;Fit Whole Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="166" />
        <source>&amp;Search Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="167" />
        <source>&amp;About Timeline Explorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="168" />
        <source>Search events, places, people…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="169" />
        <source>Search events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="170" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="171" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="255" />
        <source>Timeline Explorer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/main_window.py" line="262" />
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="265" />
        <source>%1 of %2 events shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="286" />
        <source>Open Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="296" />
        <source>Cannot Open Timeline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/main_window.py" line="301" />
        <source>Opened with %n warning(s): </source>
        <translation><numerusform>Opened with %n warning: </numerusform><numerusform>Opened with %n warnings: </numerusform></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="316" />
        <source>Export Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="327" />
        <source>Export Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="329" />
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="334" />
        <source>About Timeline Explorer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="336" />
        <source>&lt;h3&gt;Timeline Explorer %1&lt;/h3&gt;&lt;p&gt;Explore history as a timeline: causes, treaties, participants and sources, in Arabic and English.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans and Noto Sans Arabic, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="74" />
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="75" />
        <source>Observer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="76" />
        <source>Did not sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="114" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="115" />
        <source>Represented by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="116" />
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="117" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="118" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message numerus="yes">
        <location filename="../../explorer/qt/timeline_render.py" line="147" />
        <source>%n event(s) in view — zoom in to see them</source>
        <translation><numerusform>%n event in view — zoom in to see it</numerusform><numerusform>%n events in view — zoom in to see them</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../explorer/qt/timeline_view.py" line="64" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_view.py" line="67" />
        <source>Events in time order. Left and Right arrows go to the previous and next event, plus and minus zoom, the mouse wheel zooms and dragging pans.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>