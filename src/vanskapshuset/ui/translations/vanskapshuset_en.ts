<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../pages/activities.py" line="102"/>
        <source>Filtrera på plats</source>
        <translation>Filter by site</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="103"/>
        <source>Filtrera på typ</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="104"/>
        <source>Filtrera på område</source>
        <translation>Filter by area</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="105"/>
        <source>Filtrera på organisation</source>
        <translation>Filter by organisation</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="107"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="108"/>
        <source>Sök titel, organisation, anteckning… (Ctrl+F)</source>
        <translation>Search title, organisation, note… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="112"/>
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="130"/>
        <source>&amp;Ny aktivitet</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="130"/>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="133"/>
        <source>Registrera en ny aktivitet (Ctrl+N)</source>
        <translation>Record a new activity (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="135"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="135"/>
        <source>Redigera vald aktivitet</source>
        <translation>Edit the selected activity</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="137"/>
        <source>Ändra vald aktivitet (Enter)</source>
        <translation>Change the selected activity (Enter)</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="139"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="139"/>
        <source>Ta bort vald aktivitet</source>
        <translation>Delete the selected activity</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="141"/>
        <source>Ta bort vald aktivitet (Delete)</source>
        <translation>Delete the selected activity (Delete)</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="142"/>
        <source>Från &amp;mall</source>
        <translation>From te&amp;mplate</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="143"/>
        <source>Skapa aktivitet från mall</source>
        <translation>Create an activity from a template</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="144"/>
        <source>Skapa dagens aktivitet från en veckomall</source>
        <translation>Create the day&apos;s activity from a weekly template</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="151"/>
        <source>Dag för mallen</source>
        <translation>Day for the template</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="153"/>
        <source>för &amp;dag</source>
        <translation>for da&amp;y</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="156"/>
        <location filename="../pages/activities.py" line="442"/>
        <source>Mallar…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="156"/>
        <source>Hantera mallar</source>
        <translation>Manage templates</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="169"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="242"/>
        <source>Perioden slutar före den börjar.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="248"/>
        <source>Hämtar aktiviteterna…</source>
        <translation>Loading the activities…</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="298"/>
        <source>Alla platser</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="299"/>
        <source>Alla typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="300"/>
        <source>Alla organisationer</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="303"/>
        <source>Alla områden</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="332"/>
        <source>%1 aktiviteter · %2 deltagare</source>
        <translation>%1 activities · %2 participants</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="379"/>
        <source>Dagar äldre än en vecka får bara samordnaren ändra.</source>
        <translation>Only the coordinator may change days older than a week.</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="400"/>
        <source>Sparat. Aktiviteten ligger utanför vald period eller filter.</source>
        <translation>Saved. The activity is outside the chosen period or filter.</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="402"/>
        <source>Sparat.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="410"/>
        <source>Ta bort ”%1” den %2? Den räknas då inte längre i statistiken.</source>
        <translation>Delete “%1” on %2? It will then no longer count in the statistics.</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="414"/>
        <source>Ta bort aktivitet</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="424"/>
        <source>”%1” togs bort.</source>
        <translation>“%1” was deleted.</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="434"/>
        <source>Inga mallar för den här veckodagen</source>
        <translation>No templates for this weekday</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="439"/>
        <source>Andra veckodagar</source>
        <translation>Other weekdays</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="464"/>
        <source>”%1” lades till den %2. Fyll i deltagarna med Redigera.</source>
        <translation>“%1” was added on %2. Fill in the participants with Edit.</translation>
    </message>
    <message>
        <location filename="../pages/activities.py" line="470"/>
        <source>”%1” lades till den %2 (utanför vald period).</source>
        <translation>“%1” was added on %2 (outside the chosen period).</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="90"/>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="90"/>
        <source>Ändra aktivitet</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="118"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="120"/>
        <source>Spara aktiviteten</source>
        <translation>Save the activity</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="123"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="125"/>
        <source>Avbryt utan att spara</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="141"/>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="149"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="151"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="155"/>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="155"/>
        <source>Sluttid</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="163"/>
        <source>&amp;Tid:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="165"/>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="167"/>
        <source>&amp;Plats:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="170"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="171"/>
        <source>t.ex. Fotboll i parken</source>
        <translation>e.g. Football in the park</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="173"/>
        <source>Tit&amp;el:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="175"/>
        <source>Aktivitetstyp</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="176"/>
        <source>Välj typ…</source>
        <translation>Choose a type…</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="181"/>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="183"/>
        <source>Verksamhetsområde</source>
        <translation>Area of work</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="184"/>
        <source>Följer typen</source>
        <translation>Follows the type</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="189"/>
        <source>&amp;Område:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="196"/>
        <source>Ingen – eller skriv för att söka</source>
        <translation>None – or type to search</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="197"/>
        <source>Arrangör</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="199"/>
        <source>&amp;Arrangör:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="201"/>
        <source>Samarbets&amp;partner:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="207"/>
        <source>Deltagare (antal per kön och åldersgrupp)</source>
        <translation>Participants (number per gender and age group)</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="218"/>
        <source>Övrigt</source>
        <translation>Other details</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="222"/>
        <source>Antal ledare</source>
        <translation>Number of leaders</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="224"/>
        <source>Antal &amp;ledare:</source>
        <translation>Number of &amp;leaders:</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="225"/>
        <source>&amp;Kunskapsutbyte</source>
        <translation>&amp;Knowledge exchange</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="226"/>
        <source>Kunskapsutbyte</source>
        <translation>Knowledge exchange</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="229"/>
        <source>Kryssa i om aktiviteten var ett kunskapsutbyte mellan aktörer: staden, föreningar, boende.</source>
        <translation>Tick if the activity was a knowledge exchange between actors: the city, associations, residents.</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="236"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="238"/>
        <source>A&amp;nteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="277"/>
        <source>Deltagarna räknades i äldre åldersgrupper (%1) och ändras inte här.</source>
        <translation>The participants were counted in former age groups (%1) and cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="320"/>
        <source>Skriv en titel.</source>
        <translation>Enter a title.</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="323"/>
        <source>Sluttiden måste vara efter starttiden.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="326"/>
        <source>Välj en aktivitetstyp.</source>
        <translation>Choose an activity type.</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="341"/>
        <source>Dagar äldre än en vecka får bara samordnaren ändra.</source>
        <translation>Only the coordinator may change days older than a week.</translation>
    </message>
    <message>
        <location filename="../dialogs/activity_dialog.py" line="387"/>
        <source>”%1” finns inte i registret. Välj en organisation i listan, eller spara igen och lägg till den.</source>
        <translation>“%1” is not in the register. Choose an organisation from the list, or save again to add it.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../models/activity_table.py" line="44"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../models/activity_table.py" line="45"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../models/activity_table.py" line="46"/>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../models/activity_table.py" line="47"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../models/activity_table.py" line="48"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/activity_table.py" line="49"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../models/activity_table.py" line="50"/>
        <source>Arrangör</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../models/activity_table.py" line="51"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../models/activity_table.py" line="52"/>
        <source>Kunskapsutbyte</source>
        <translation>Knowledge exchange</translation>
    </message>
    <message>
        <location filename="../models/activity_table.py" line="127"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../models/activity_table.py" line="148"/>
        <source>Arrangör: %1
Samarbetspartner: %2</source>
        <translation>Organiser: %1
Partners: %2</translation>
    </message>
</context>
<context>
    <name>AgeBandsTab</name>
    <message>
        <location filename="../pages/register_age_bands_tab.py" line="31"/>
        <source>Skriv åldersgrupperna i ordning, skilda med komma, t.ex. ”0-6, 7-9, 10-13, 14-17, 18-25, 26+”. Besök som redan är räknade behåller sina åldersgrupper.</source>
        <translation>Enter the age groups in order, separated by commas, e.g. “0-6, 7-9, 10-13, 14-17, 18-25, 26+”. Visits already counted keep their age groups.</translation>
    </message>
    <message>
        <location filename="../pages/register_age_bands_tab.py" line="38"/>
        <source>Åldersgrupper:</source>
        <translation>Age groups:</translation>
    </message>
    <message>
        <location filename="../pages/register_age_bands_tab.py" line="40"/>
        <source>Åldersgrupper</source>
        <translation>Age groups</translation>
    </message>
    <message>
        <location filename="../pages/register_age_bands_tab.py" line="43"/>
        <location filename="../pages/register_age_bands_tab.py" line="44"/>
        <source>Spara åldersgrupper</source>
        <translation>Save age groups</translation>
    </message>
    <message>
        <location filename="../pages/register_age_bands_tab.py" line="52"/>
        <source>Åldersgrupp</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../pages/register_age_bands_tab.py" line="52"/>
        <source>Från ålder</source>
        <translation>From age</translation>
    </message>
    <message>
        <location filename="../pages/register_age_bands_tab.py" line="52"/>
        <source>Till ålder</source>
        <translation>To age</translation>
    </message>
    <message>
        <location filename="../pages/register_age_bands_tab.py" line="54"/>
        <source>Nuvarande åldersgrupper</source>
        <translation>Current age groups</translation>
    </message>
    <message>
        <location filename="../pages/register_age_bands_tab.py" line="61"/>
        <source>och äldre</source>
        <translation>and older</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <location filename="../pages/history_text.py" line="43"/>
        <source>skapade plats</source>
        <translation>created site</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="44"/>
        <source>ändrade plats</source>
        <translation>changed site</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="45"/>
        <source>tog bort plats</source>
        <translation>deleted site</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="46"/>
        <source>skapade säsong</source>
        <translation>created season</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="47"/>
        <source>ändrade säsong</source>
        <translation>changed season</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="48"/>
        <source>tog bort säsong</source>
        <translation>deleted season</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="49"/>
        <source>skapade organisation</source>
        <translation>created organisation</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="50"/>
        <source>ändrade organisation</source>
        <translation>changed organisation</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="51"/>
        <source>tog bort organisation</source>
        <translation>deleted organisation</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="52"/>
        <source>skapade aktivitetstyp</source>
        <translation>created activity type</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="53"/>
        <source>ändrade aktivitetstyp</source>
        <translation>changed activity type</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="54"/>
        <source>tog bort aktivitetstyp</source>
        <translation>deleted activity type</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="55"/>
        <source>skapade ledare</source>
        <translation>created leader</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="56"/>
        <source>ändrade ledare</source>
        <translation>changed leader</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="57"/>
        <source>tog bort ledare</source>
        <translation>deleted leader</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="58"/>
        <source>skapade åldersgrupp</source>
        <translation>created age group</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="59"/>
        <source>ändrade åldersgrupp</source>
        <translation>changed age group</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="60"/>
        <source>tog bort åldersgrupp</source>
        <translation>deleted age group</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="61"/>
        <source>skapade inställning</source>
        <translation>created setting</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="62"/>
        <source>ändrade inställning</source>
        <translation>changed setting</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="63"/>
        <source>skapade aktivitet</source>
        <translation>created activity</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="64"/>
        <source>ändrade aktivitet</source>
        <translation>changed activity</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="65"/>
        <source>tog bort aktivitet</source>
        <translation>deleted activity</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="66"/>
        <source>skapade dagbok</source>
        <translation>created day log</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="67"/>
        <source>ändrade dagbok</source>
        <translation>changed day log</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="68"/>
        <source>skapade veckomall</source>
        <translation>created weekly template</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="69"/>
        <source>ändrade veckomall</source>
        <translation>changed weekly template</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="70"/>
        <source>tog bort veckomall</source>
        <translation>deleted weekly template</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="71"/>
        <source>skapade demodata</source>
        <translation>created demo data</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="77"/>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="78"/>
        <source>typ</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="79"/>
        <source>verksamhetsområde</source>
        <translation>area of work</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="80"/>
        <source>roll</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="81"/>
        <source>från</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="82"/>
        <source>till</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="83"/>
        <source>plats</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="84"/>
        <source>kod</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="85"/>
        <source>från ålder</source>
        <translation>from age</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="86"/>
        <source>till ålder</source>
        <translation>to age</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="87"/>
        <source>ordning</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="88"/>
        <source>inställning</source>
        <translation>setting</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="89"/>
        <source>värde</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="90"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="91"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="92"/>
        <source>slut</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="93"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="94"/>
        <source>aktivitetstyp</source>
        <translation>activity type</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="95"/>
        <source>arrangör</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="96"/>
        <location filename="../pages/history_text.py" line="97"/>
        <source>samverkanspartner</source>
        <translation>partners</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="98"/>
        <source>deltagare</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="99"/>
        <source>antal ledare</source>
        <translation>number of leaders</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="100"/>
        <source>kunskapsutbyte</source>
        <translation>knowledge exchange</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="101"/>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="102"/>
        <source>öppet</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="103"/>
        <source>öppnar</source>
        <translation>opens</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="104"/>
        <source>stänger</source>
        <translation>closes</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="105"/>
        <source>ledare på plats</source>
        <translation>leaders present</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="106"/>
        <source>veckodag</source>
        <translation>weekday</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="107"/>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="108"/>
        <source>antal år</source>
        <translation>number of years</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="109"/>
        <source>antal platser</source>
        <translation>number of sites</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="110"/>
        <source>slumptal</source>
        <translation>random seed</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="111"/>
        <source>besöksskala</source>
        <translation>visit scale</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="112"/>
        <source>aktivitetsskala</source>
        <translation>activity scale</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="122"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="122"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="139"/>
        <source>(dolt)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="151"/>
        <source>samordnarens lösenord</source>
        <translation>coordinator password</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="152"/>
        <source>språk</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="161"/>
        <source>%1 %2 år: %3</source>
        <translation>%1 %2 years: %3</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="168"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="177"/>
        <source>år %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="194"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../pages/history_text.py" line="202"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>DayNote</name>
    <message>
        <location filename="../widgets/day_note.py" line="31"/>
        <source>Dagbok</source>
        <translation>Day log</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="33"/>
        <source>Öppet</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="34"/>
        <source>Stängt</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="42"/>
        <source>Dagen:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="45"/>
        <source>Öppnar</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="45"/>
        <source>Stänger</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="53"/>
        <source>Öppettider:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="55"/>
        <source>Ledare på plats</source>
        <translation>Leaders present</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="57"/>
        <source>Ledare på plats:</source>
        <translation>Leaders present:</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="59"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="60"/>
        <source>Kort anteckning om dagen</source>
        <translation>A short note about the day</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="62"/>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="68"/>
        <location filename="../widgets/day_note.py" line="69"/>
        <source>Spara dagboken</source>
        <translation>Save the day log</translation>
    </message>
    <message>
        <location filename="../widgets/day_note.py" line="106"/>
        <source>Stängningstiden måste vara efter öppningstiden.</source>
        <translation>The closing time must be after the opening time.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../dialogs/first_run.py" line="45"/>
        <source>Välkommen till Vänskapshuset</source>
        <translation>Welcome to Vänskapshuset</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="47"/>
        <source>Välkommen! Tre snabba frågor, sedan kan ni börja räkna besök.</source>
        <translation>Welcome! Three quick questions, then you can start counting visits.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="53"/>
        <source>Allt kan ändras senare under Register.</source>
        <translation>Everything can be changed later under Register.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="57"/>
        <source>Kom igång</source>
        <translation>Get started</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="58"/>
        <source>Kom igång med de här uppgifterna</source>
        <translation>Get started with these details</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="61"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="62"/>
        <source>Avbryt och stäng programmet</source>
        <translation>Cancel and close the program</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="76"/>
        <source>1. Platser där ni räknar besök</source>
        <translation>1. Sites where you count visits</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="81"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="87"/>
        <source>Annan plats:</source>
        <translation>Other site:</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="89"/>
        <source>Annan plats, namn</source>
        <translation>Other site, name</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="90"/>
        <source>frivilligt</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="93"/>
        <source>Annan plats, typ</source>
        <translation>Other site, type</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="105"/>
        <source>2. Du som använder datorn</source>
        <translation>2. Who is using this computer</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="110"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="111"/>
        <source>Ditt namn:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="113"/>
        <source>Din roll</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="116"/>
        <source>Roll:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="122"/>
        <source>3. Samordnarens lösenord (frivilligt)</source>
        <translation>3. Coordinator password (optional)</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="127"/>
        <source>Skyddar borttagning, inställningar och historiken. Minst %1 tecken. Lämna tomt om ni inte vill ha något lösenord nu.</source>
        <translation>Protects deleting, the settings and the history. At least %1 characters. Leave it empty if you do not want a password now.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="139"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="140"/>
        <source>Lösenord:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="143"/>
        <source>Upprepa lösenordet</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="144"/>
        <source>Upprepa:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="156"/>
        <source>Vill du bara prova programmet? Fyll det med ett påhittat år av besök och aktiviteter. Använd inte demodata för riktiga uppgifter.</source>
        <translation>Just want to try the program? Fill it with a made-up year of visits and activities. Do not use demo data for real records.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="163"/>
        <location filename="../dialogs/first_run.py" line="164"/>
        <source>Använd demodata i stället</source>
        <translation>Use demo data instead</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="170"/>
        <source>Demodata skapas</source>
        <translation>Creating demo data</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="176"/>
        <source>Demodata skapas. Det tar några sekunder …</source>
        <translation>Creating demo data. It takes a few seconds …</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="198"/>
        <source>Välj minst en plats eller skriv namnet på en annan plats.</source>
        <translation>Choose at least one site or enter the name of another site.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="200"/>
        <source>Den andra platsen har samma namn som en av de förvalda.</source>
        <translation>The other site has the same name as one of the suggested ones.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="202"/>
        <source>Skriv ditt namn.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="207"/>
        <source>De två lösenorden är inte lika.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="210"/>
        <source>Lösenordet måste ha minst %1 tecken.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../pages/history.py" line="35"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="38"/>
        <source>Alla ändringar som gjorts i programmet, den senaste först. Markera en rad för att se alla detaljer under tabellen.</source>
        <translation>Every change made in the program, the latest first. Select a row to see all its details below the table.</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="45"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="46"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="47"/>
        <source>Dator</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="48"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="49"/>
        <location filename="../pages/history.py" line="54"/>
        <source>Ändringar</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="69"/>
        <source>Detaljer om markerad ändring</source>
        <translation>Details of the selected change</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="74"/>
        <source>Visa fler</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="75"/>
        <source>Visa fler ändringar</source>
        <translation>Show more changes</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="114"/>
        <source>Visar %1 av %2 ändringar.</source>
        <translation>Showing %1 of %2 changes.</translation>
    </message>
    <message>
        <location filename="../pages/history.py" line="120"/>
        <source>%1 (den här datorn)</source>
        <translation>%1 (this computer)</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <location filename="../widgets/hour_chart.py" line="16"/>
        <source>Besök per timme</source>
        <translation>Visits per hour</translation>
    </message>
    <message>
        <location filename="../widgets/hour_chart.py" line="21"/>
        <source>kl %1: %2</source>
        <translation>hour %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/hour_chart.py" line="24"/>
        <source>Inga besök ännu</source>
        <translation>No visits yet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="35"/>
        <source>Vänskapshuset</source>
        <translation>Vänskapshuset</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="38"/>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="43"/>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="43"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="43"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="43"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>NewOrganisationDialog</name>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="59"/>
        <source>Ny organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="64"/>
        <source>”%1” finns inte i registret. Vill du lägga till den som ny organisation?</source>
        <translation>“%1” is not in the register. Do you want to add it as a new organisation?</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="71"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="72"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="74"/>
        <source>Typ av organisation</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="77"/>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="85"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="86"/>
        <source>Lägg till organisationen</source>
        <translation>Add the organisation</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="87"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="88"/>
        <source>Lägg inte till</source>
        <translation>Do not add</translation>
    </message>
</context>
<context>
    <name>ParticipantGrid</name>
    <message>
        <location filename="../dialogs/participant_grid.py" line="27"/>
        <source>Åldersgrupp %1 år</source>
        <translation>Age group %1 years</translation>
    </message>
    <message>
        <location filename="../dialogs/participant_grid.py" line="38"/>
        <source>%1, %2 år</source>
        <translation>%1, %2 years</translation>
    </message>
    <message>
        <location filename="../dialogs/participant_grid.py" line="69"/>
        <source>Totalt: %1 deltagare</source>
        <translation>Total: %1 participants</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="126"/>
        <source>Skriv för att söka…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="127"/>
        <source>Sök samarbetspartner</source>
        <translation>Search for a partner</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="130"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="131"/>
        <source>Lägg till samarbetspartner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="135"/>
        <source>Samarbetspartner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="137"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="138"/>
        <source>Ta bort vald samarbetspartner</source>
        <translation>Remove the selected partner</translation>
    </message>
    <message>
        <location filename="../dialogs/organisation_picker.py" line="172"/>
        <source>”%1” lades inte till: den finns inte i registret.</source>
        <translation>“%1” was not added: it is not in the register.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../dialogs/password_dialog.py" line="19"/>
        <source>Samordnarens lösenord</source>
        <translation>Coordinator password</translation>
    </message>
    <message>
        <location filename="../dialogs/password_dialog.py" line="22"/>
        <source>Det här får bara samordnaren göra. Skriv samordnarens lösenord:</source>
        <translation>Only the coordinator may do this. Enter the coordinator password:</translation>
    </message>
    <message>
        <location filename="../dialogs/password_dialog.py" line="26"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../dialogs/password_dialog.py" line="36"/>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../dialogs/password_dialog.py" line="37"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../dialogs/password_dialog.py" line="46"/>
        <source>Fel lösenord. Försök igen.</source>
        <translation>Wrong password. Try again.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../pages/activity_period.py" line="68"/>
        <source>Välj period</source>
        <translation>Choose a period</translation>
    </message>
    <message>
        <location filename="../pages/activity_period.py" line="70"/>
        <source>Från datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../pages/activity_period.py" line="71"/>
        <source>Till datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../pages/activity_period.py" line="72"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../pages/activity_period.py" line="74"/>
        <source>&amp;från</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location filename="../pages/activity_period.py" line="76"/>
        <source>t&amp;ill</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <location filename="../pages/activity_period.py" line="102"/>
        <source>Egen period</source>
        <translation>Custom period</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../pages/register_record_tab.py" line="36"/>
        <source>Byt namn… (F2)</source>
        <translation>Rename… (F2)</translation>
    </message>
    <message>
        <location filename="../pages/register_record_tab.py" line="37"/>
        <source>Byt namn på markerad rad</source>
        <translation>Rename the selected row</translation>
    </message>
    <message>
        <location filename="../pages/register_record_tab.py" line="39"/>
        <source>Ta bort… (Delete)</source>
        <translation>Delete… (Delete)</translation>
    </message>
    <message>
        <location filename="../pages/register_record_tab.py" line="40"/>
        <source>Ta bort markerad rad</source>
        <translation>Delete the selected row</translation>
    </message>
    <message>
        <location filename="../pages/register_record_tab.py" line="115"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../pages/register_record_tab.py" line="118"/>
        <source>Ta bort ”%1”? Det som redan är registrerat behåller namnet, men det går inte att välja längre.</source>
        <translation>Delete “%1”? What is already recorded keeps the name, but it can no longer be chosen.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../pages/register.py" line="21"/>
        <location filename="../pages/register.py" line="78"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="28"/>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="28"/>
        <location filename="../pages/register.py" line="42"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="29"/>
        <location filename="../pages/register.py" line="80"/>
        <source>Platser</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="30"/>
        <source>Ny plats:</source>
        <translation>New site:</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="31"/>
        <location filename="../pages/register.py" line="45"/>
        <source>Typ:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="32"/>
        <source>Lägg till plats</source>
        <translation>Add site</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="42"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="43"/>
        <location filename="../pages/register.py" line="82"/>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="44"/>
        <source>Ny organisation:</source>
        <translation>New organisation:</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="46"/>
        <source>Lägg till organisation</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="55"/>
        <source>Aktivitetstyp</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="55"/>
        <source>Verksamhetsområde</source>
        <translation>Area of work</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="56"/>
        <location filename="../pages/register.py" line="83"/>
        <source>Aktivitetstyper</source>
        <translation>Activity types</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="57"/>
        <source>Ny aktivitetstyp:</source>
        <translation>New activity type:</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="58"/>
        <source>Område:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="59"/>
        <source>Lägg till typ</source>
        <translation>Add type</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="68"/>
        <location filename="../pages/register.py" line="69"/>
        <location filename="../pages/register.py" line="84"/>
        <source>Ledare</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="68"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="70"/>
        <source>Ny ledare:</source>
        <translation>New leader:</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="71"/>
        <source>Roll:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="72"/>
        <source>Lägg till ledare</source>
        <translation>Add leader</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="81"/>
        <source>Säsonger</source>
        <translation>Seasons</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="85"/>
        <source>Åldersgrupper</source>
        <translation>Age groups</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="86"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../dialogs/rename_dialog.py" line="23"/>
        <source>Byt namn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../dialogs/rename_dialog.py" line="25"/>
        <source>Nytt namn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../dialogs/rename_dialog.py" line="28"/>
        <source>Nytt namn</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../dialogs/rename_dialog.py" line="41"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../dialogs/rename_dialog.py" line="42"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SeasonsTab</name>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="28"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="28"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="28"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="28"/>
        <location filename="../pages/register_seasons_tab.py" line="41"/>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="29"/>
        <source>Säsonger</source>
        <translation>Seasons</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="34"/>
        <source>Ny säsongs namn</source>
        <translation>New season&apos;s name</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="35"/>
        <source>t.ex. Bästa sommaren 2026</source>
        <translation>e.g. Summer 2026</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="38"/>
        <source>Första dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="39"/>
        <source>Sista dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="42"/>
        <location filename="../pages/register_seasons_tab.py" line="43"/>
        <source>Lägg till säsong</source>
        <translation>Add season</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="46"/>
        <source>Ny säsong:</source>
        <translation>New season:</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="47"/>
        <source>Från:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="48"/>
        <source>Till:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="49"/>
        <source>Plats:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="61"/>
        <location filename="../pages/register_seasons_tab.py" line="83"/>
        <source>Alla platser</source>
        <translation>All sites</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="70"/>
        <source>Sista dagen ligger före den första.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <location filename="../pages/register_seasons_tab.py" line="83"/>
        <source>(borttagen plats)</source>
        <translation>(deleted site)</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../pages/register_settings_tab.py" line="36"/>
        <location filename="../pages/register_settings_tab.py" line="40"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="41"/>
        <source>Svenska</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="42"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="43"/>
        <source>Språk:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="44"/>
        <source>Språket byts när programmet startas om.</source>
        <translation>The language changes when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="47"/>
        <location filename="../pages/register_settings_tab.py" line="48"/>
        <source>Spara språk</source>
        <translation>Save language</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="57"/>
        <source>Samordnarens lösenord</source>
        <translation>Coordinator password</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="62"/>
        <source>Lösenordet skyddar borttagning, inställningar, åldersgrupper, ändringar av äldre dagar och historiken. Det gäller på alla lagets datorer.</source>
        <translation>The password protects deleting, settings, age groups, changes to older days and the history. It applies on all of the team&apos;s computers.</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="68"/>
        <source>Nuvarande lösenord</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="69"/>
        <source>Nuvarande lösenord:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="71"/>
        <source>Nytt lösenord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="72"/>
        <source>Nytt lösenord:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="73"/>
        <source>Upprepa nytt lösenord</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="75"/>
        <source>Upprepa:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="78"/>
        <location filename="../pages/register_settings_tab.py" line="79"/>
        <source>Spara lösenord</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="98"/>
        <source>Sparat. Starta om programmet för att byta språk.</source>
        <translation>Saved. Restart the program to change the language.</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="108"/>
        <source>Det nuvarande lösenordet stämmer inte.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="112"/>
        <source>De två nya lösenorden är inte lika.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../pages/register_settings_tab.py" line="124"/>
        <source>Lösenordet är sparat.</source>
        <translation>The password is saved.</translation>
    </message>
</context>
<context>
    <name>TallyButton</name>
    <message>
        <location filename="../widgets/tally_grid.py" line="48"/>
        <source>%1, %2 år: %3 besök. Klicka eller tryck %4 för att räkna ett till.</source>
        <translation>%1, %2 years: %3 visits. Click or press %4 to count one more.</translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <location filename="../widgets/tally_grid.py" line="86"/>
        <source>%1 år</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../widgets/tally_grid.py" line="116"/>
        <source>−1 rätta</source>
        <translation>−1 correct</translation>
    </message>
    <message>
        <location filename="../widgets/tally_grid.py" line="118"/>
        <source>Ta bort ett besök: %1, %2 år</source>
        <translation>Remove one visit: %1, %2 years</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="35"/>
        <source>%1, %2 %3–%4 (%5)</source>
        <translation>%1, %2 %3–%4 (%5)</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="48"/>
        <source>Mallar för veckans aktiviteter</source>
        <translation>Templates for the weekly activities</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="51"/>
        <source>Mallar</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="52"/>
        <source>Mallar som finns:</source>
        <translation>Existing templates:</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="54"/>
        <location filename="../dialogs/templates_dialog.py" line="203"/>
        <source>Ta bort mall</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="55"/>
        <source>Ta bort vald mall</source>
        <translation>Delete the selected template</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="73"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="74"/>
        <source>Stäng mallarna</source>
        <translation>Close the templates</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="82"/>
        <source>Ny mall</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="85"/>
        <source>Mallens titel</source>
        <translation>Template title</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="86"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="88"/>
        <source>Veckodag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="94"/>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="94"/>
        <source>Sluttid</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="101"/>
        <source>&amp;Veckodag och tid:</source>
        <translation>&amp;Weekday and time:</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="105"/>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="110"/>
        <source>&amp;Plats:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="112"/>
        <source>Aktivitetstyp</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="113"/>
        <source>Välj typ…</source>
        <translation>Choose a type…</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="116"/>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="126"/>
        <source>Arrangör</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="127"/>
        <source>&amp;Arrangör:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="131"/>
        <source>Antal ledare</source>
        <translation>Number of leaders</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="133"/>
        <source>Antal &amp;ledare:</source>
        <translation>Number of &amp;leaders:</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="134"/>
        <source>&amp;Kunskapsutbyte</source>
        <translation>&amp;Knowledge exchange</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="136"/>
        <source>Kunskapsutbyte mellan aktörer: staden, föreningar, boende.</source>
        <translation>Knowledge exchange between actors: the city, associations, residents.</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="139"/>
        <source>Lägg till mall</source>
        <translation>Add template</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="140"/>
        <source>Lägg till mallen</source>
        <translation>Add the template</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="161"/>
        <source>Skriv en titel för mallen.</source>
        <translation>Enter a title for the template.</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="165"/>
        <source>Sluttiden måste vara efter starttiden.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="169"/>
        <source>Välj en aktivitetstyp.</source>
        <translation>Choose an activity type.</translation>
    </message>
    <message>
        <location filename="../dialogs/templates_dialog.py" line="204"/>
        <source>Ta bort mallen ”%1”? Aktiviteter som redan skapats finns kvar.</source>
        <translation>Delete the template “%1”? Activities already created are kept.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../pages/today.py" line="44"/>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="48"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="49"/>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="50"/>
        <source>Gå till idag</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="52"/>
        <source>Ledare i tjänst</source>
        <translation>Leader on duty</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="55"/>
        <source>Plats:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="56"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="58"/>
        <source>Ledare i tjänst:</source>
        <translation>Leader on duty:</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="73"/>
        <source>Ångra senaste (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="74"/>
        <source>Ångra senaste besöket</source>
        <translation>Undo the last visit</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="89"/>
        <source>Klicka på rätt ruta eller tryck tangenten inom [ ] när någon kommer. Varje besök sparas direkt.</source>
        <translation>Click the right box or press the key shown in [ ] when someone arrives. Every visit is saved at once.</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="108"/>
        <source>Besök idag</source>
        <translation>Visits today</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="113"/>
        <source>Dagens besök</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="120"/>
        <source>Besök per timme</source>
        <translation>Visits per hour</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="125"/>
        <location filename="../pages/today.py" line="128"/>
        <source>Dagens aktiviteter</source>
        <translation>Today&apos;s activities</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="134"/>
        <source>Ny aktivitet…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="184"/>
        <source>(välj ledare)</source>
        <translation>(choose leader)</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="243"/>
        <source>besök</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="248"/>
        <source>Sparat: %1, %2 år.</source>
        <translation>Saved: %1, %2 years.</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="255"/>
        <source>Det finns inget besök att ta bort i den rutan.</source>
        <translation>There is no visit to remove in that box.</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="264"/>
        <source>rättelse</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="269"/>
        <source>Ett besök borttaget: %1, %2 år.</source>
        <translation>One visit removed: %1, %2 years.</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="287"/>
        <source>Du ändrar en dag som är mer än en vecka gammal (samordnaren har låst upp).</source>
        <translation>You are changing a day more than a week old (the coordinator has unlocked it).</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="315"/>
        <source>%1 år: %2</source>
        <translation>%1&#xa0;years:&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="327"/>
        <source>Dagboken är sparad.</source>
        <translation>The day log is saved.</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="336"/>
        <source>%1–%2  %3 (%4 deltagare)</source>
        <translation>%1–%2  %3 (%4 participants)</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="354"/>
        <source>%1, %2 %3–%4</source>
        <translation>%1, %2 %3–%4</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="360"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="361"/>
        <source>Lägg till %1 idag</source>
        <translation>Add %1 today</translation>
    </message>
    <message>
        <location filename="../pages/today.py" line="369"/>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../models/labels.py" line="17"/>
        <source>Långsiktig närvaro, samverkan och samordning</source>
        <translation>Long-term presence, collaboration and coordination</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="18"/>
        <source>Lokal organisering och egenmakt</source>
        <translation>Local organising and empowerment</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="19"/>
        <source>Mötesplatsutveckling</source>
        <translation>Meeting place development</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="20"/>
        <source>Barn och ungas utveckling och fritid</source>
        <translation>Children and young people&apos;s development and leisure</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="26"/>
        <source>Flicka</source>
        <translation>Girl</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="27"/>
        <source>Pojke</source>
        <translation>Boy</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="28"/>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="29"/>
        <source>Vill ej ange</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="35"/>
        <source>förening</source>
        <translation>association</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="36"/>
        <source>idéburen organisation</source>
        <translation>non-profit organisation</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="37"/>
        <source>kommunal verksamhet</source>
        <translation>municipal service</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="38"/>
        <source>informell grupp</source>
        <translation>informal group</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="39"/>
        <source>näringsliv</source>
        <translation>business</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="40"/>
        <source>akademi</source>
        <translation>academia</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="47"/>
        <source>måndagar</source>
        <translation>Mondays</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="48"/>
        <source>tisdagar</source>
        <translation>Tuesdays</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="49"/>
        <source>onsdagar</source>
        <translation>Wednesdays</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="50"/>
        <source>torsdagar</source>
        <translation>Thursdays</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="51"/>
        <source>fredagar</source>
        <translation>Fridays</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="52"/>
        <source>lördagar</source>
        <translation>Saturdays</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="53"/>
        <source>söndagar</source>
        <translation>Sundays</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="59"/>
        <source>inomhus</source>
        <translation>indoor</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="60"/>
        <source>utomhus</source>
        <translation>outdoor</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="61"/>
        <source>utflykt</source>
        <translation>excursion</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="67"/>
        <source>ungdomsledare</source>
        <translation>youth leader</translation>
    </message>
    <message>
        <location filename="../models/labels.py" line="68"/>
        <source>samordnare</source>
        <translation>coordinator</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../pages/activity_period.py" line="42"/>
        <source>Denna vecka</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../pages/activity_period.py" line="43"/>
        <source>Denna månad</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../pages/activity_period.py" line="45"/>
        <source>Detta år</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../pages/activity_period.py" line="51"/>
        <source>Säsong: %1</source>
        <translation>Season: %1</translation>
    </message>
</context>
</TS>
