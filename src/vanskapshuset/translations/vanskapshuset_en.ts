<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om Vänskapshuset</source>
        <translation>About Vänskapshuset</translation>
    </message>
    <message>
        <source>Programmet</source>
        <translation>The program</translation>
    </message>
    <message>
        <source>Licenser</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Version %1. Licens: %2.</source>
        <translation>Version %1. Licence: %2.</translation>
    </message>
    <message>
        <source>Räknar besök vid dörren, håller ordning på aktiviteter och gör rapporterna för Vänskapshuset och Bästa sommaren.</source>
        <translation>Counts visits at the door, keeps the activities in order and makes the reports for Vänskapshuset and Bästa sommaren.</translation>
    </message>
    <message>
        <source>Mappar som används på den här datorn</source>
        <translation>Folders in use on this computer</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Öppna datamappen</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>Säkerhets&amp;kopior:</source>
        <translation>&amp;Backups:</translation>
    </message>
    <message>
        <source>Öppna mappen med säkerhetskopior</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <source>&amp;Loggfiler:</source>
        <translation>&amp;Log files:</translation>
    </message>
    <message>
        <source>Öppna loggmappen</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Finns inte än</source>
        <translation>Not there yet</translation>
    </message>
    <message>
        <source>Mappen %1 gick inte att öppna.</source>
        <translation>The folder %1 could not be opened.</translation>
    </message>
    <message>
        <source>%1 är fri programvara under licensen %2. Det följer med typsnitt och komponenter från andra, under sina egna licenser:</source>
        <translation>%1 is free software under the %2 licence. It comes with fonts and components made by others, under their own licences:</translation>
    </message>
    <message>
        <source>Typsnitten DejaVu</source>
        <translation>The DejaVu fonts</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Licenstext</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>Licenserna för de medföljande komponenterna finns inte i den här installationen. De står i programmets källkod, mappen resources/licenses.</source>
        <translation>The licences of the bundled components are not in this installation. They are in the program&apos;s source code, in the folder resources/licenses.</translation>
    </message>
    <message>
        <source>Filen %1 gick inte att läsa.</source>
        <translation>The file %1 could not be read.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Filtrera på plats</source>
        <translation>Filter by site</translation>
    </message>
    <message>
        <source>Filtrera på typ</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <source>Filtrera på område</source>
        <translation>Filter by area</translation>
    </message>
    <message>
        <source>Filtrera på organisation</source>
        <translation>Filter by organisation</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Sök titel, organisation, anteckning… (Ctrl+F)</source>
        <translation>Search title, organisation, note… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Ny aktivitet</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Registrera en ny aktivitet (Ctrl+N)</source>
        <translation>Record a new activity (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Redigera vald aktivitet</source>
        <translation>Edit the selected activity</translation>
    </message>
    <message>
        <source>Ändra vald aktivitet (Enter)</source>
        <translation>Change the selected activity (Enter)</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Ta bort vald aktivitet</source>
        <translation>Delete the selected activity</translation>
    </message>
    <message>
        <source>Ta bort vald aktivitet (Delete)</source>
        <translation>Delete the selected activity (Delete)</translation>
    </message>
    <message>
        <source>&amp;Anmälningar…</source>
        <translation>Sign-&amp;ups…</translation>
    </message>
    <message>
        <source>Anmälningar till vald aktivitet</source>
        <translation>Sign-ups for the selected activity</translation>
    </message>
    <message>
        <source>Barnen som anmält sig till vald aktivitet, och listan att skriva ut</source>
        <translation>The children signed up for the selected activity, and the list to print</translation>
    </message>
    <message>
        <source>Från &amp;mall</source>
        <translation>From te&amp;mplate</translation>
    </message>
    <message>
        <source>Skapa aktivitet från mall</source>
        <translation>Create an activity from a template</translation>
    </message>
    <message>
        <source>Skapa dagens aktivitet från en veckomall</source>
        <translation>Create the day&apos;s activity from a weekly template</translation>
    </message>
    <message>
        <source>Dag för mallen</source>
        <translation>Day for the template</translation>
    </message>
    <message>
        <source>för &amp;dag</source>
        <translation>for da&amp;y</translation>
    </message>
    <message>
        <source>Mallar…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <source>Hantera mallar</source>
        <translation>Manage templates</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Perioden slutar före den börjar.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Hämtar aktiviteterna…</source>
        <translation>Loading the activities…</translation>
    </message>
    <message>
        <source>Alla platser</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Alla typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Alla organisationer</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Alla områden</source>
        <translation>All areas</translation>
    </message>
    <message numerus="yes">
        <source>%n aktiviteter · %1 deltagare</source>
        <translation>
            <numerusform>%n activity · %1 participants</numerusform>
            <numerusform>%n activities · %1 participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Dagar äldre än en vecka får bara samordnaren ändra.</source>
        <translation>Only the coordinator may change days older than a week.</translation>
    </message>
    <message>
        <source>Anmälningar till tidigare aktiviteter får bara samordnaren se.</source>
        <translation>Only the coordinator may see the sign-ups of past activities.</translation>
    </message>
    <message>
        <source>Sparat. Aktiviteten ligger utanför vald period eller filter.</source>
        <translation>Saved. The activity is outside the chosen period or filter.</translation>
    </message>
    <message>
        <source>Sparat.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Ta bort ”%1” den %2? Den räknas då inte längre i statistiken.</source>
        <translation>Delete “%1” on %2? It will then no longer count in the statistics.</translation>
    </message>
    <message>
        <source>Ta bort aktivitet</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>”%1” togs bort.</source>
        <translation>“%1” was deleted.</translation>
    </message>
    <message>
        <source>Inga mallar för den här veckodagen</source>
        <translation>No templates for this weekday</translation>
    </message>
    <message>
        <source>Andra veckodagar</source>
        <translation>Other weekdays</translation>
    </message>
    <message>
        <source>”%1” lades till den %2. Fyll i deltagarna med Redigera.</source>
        <translation>“%1” was added on %2. Fill in the participants with Edit.</translation>
    </message>
    <message>
        <source>”%1” lades till den %2 (utanför vald period).</source>
        <translation>“%1” was added on %2 (outside the chosen period).</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Ändra aktivitet</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Spara aktiviteten</source>
        <translation>Save the activity</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Avbryt utan att spara</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Sluttid</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>&amp;Tid:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>t.ex. Fotboll i parken</source>
        <translation>e.g. Football in the park</translation>
    </message>
    <message>
        <source>Tit&amp;el:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Aktivitetstyp</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Välj typ…</source>
        <translation>Choose a type…</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Verksamhetsområde</source>
        <translation>Area of work</translation>
    </message>
    <message>
        <source>Följer typen</source>
        <translation>Follows the type</translation>
    </message>
    <message>
        <source>&amp;Område:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>Ingen – eller skriv för att söka</source>
        <translation>None – or type to search</translation>
    </message>
    <message>
        <source>Arrangör</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>&amp;Arrangör:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>Sa&amp;marbetspartner:</source>
        <translation>Part&amp;ners:</translation>
    </message>
    <message>
        <source>Deltagare (antal per kön och åldersgrupp)</source>
        <translation>Participants (number per gender and age group)</translation>
    </message>
    <message>
        <source>Övrigt</source>
        <translation>Other details</translation>
    </message>
    <message>
        <source>Antal ledare</source>
        <translation>Number of leaders</translation>
    </message>
    <message>
        <source>Antal &amp;ledare:</source>
        <translation>Number of &amp;leaders:</translation>
    </message>
    <message>
        <source>&amp;Kunskapsutbyte</source>
        <translation>&amp;Knowledge exchange</translation>
    </message>
    <message>
        <source>Kunskapsutbyte</source>
        <translation>Knowledge exchange</translation>
    </message>
    <message>
        <source>Kryssa i om aktiviteten var ett kunskapsutbyte mellan aktörer: staden, föreningar, boende.</source>
        <translation>Tick if the activity was a knowledge exchange between actors: the city, associations, residents.</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A&amp;nteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Deltagarna räknades i äldre åldersgrupper (%1) och ändras inte här.</source>
        <translation>The participants were counted in former age groups (%1) and cannot be changed here.</translation>
    </message>
    <message>
        <source>Skriv en titel.</source>
        <translation>Enter a title.</translation>
    </message>
    <message>
        <source>Sluttiden måste vara efter starttiden.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Välj en plats.</source>
        <translation>Choose a site.</translation>
    </message>
    <message>
        <source>Välj en aktivitetstyp.</source>
        <translation>Choose an activity type.</translation>
    </message>
    <message>
        <source>Dagar äldre än en vecka får bara samordnaren ändra.</source>
        <translation>Only the coordinator may change days older than a week.</translation>
    </message>
    <message>
        <source>”%1” finns inte i registret. Välj en organisation i listan, eller spara igen och lägg till den.</source>
        <translation>“%1” is not in the register. Choose an organisation from the list, or save again to add it.</translation>
    </message>
    <message>
        <source>”%1” finns inte i registret.</source>
        <translation>“%1” is not in the register.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Arrangör</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kunskapsutbyte</source>
        <translation>Knowledge exchange</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Arrangör: %1
Samarbetspartner: %2</source>
        <translation>Organiser: %1
Partners: %2</translation>
    </message>
</context>
<context>
    <name>AgeBandsTab</name>
    <message>
        <source>Skriv åldersgrupperna i ordning, skilda med komma, t.ex. ”0-6, 7-9, 10-13, 14-17, 18-25, 26+”. Besök som redan är räknade behåller sina åldersgrupper.</source>
        <translation>Enter the age groups in order, separated by commas, e.g. “0-6, 7-9, 10-13, 14-17, 18-25, 26+”. Visits already counted keep their age groups.</translation>
    </message>
    <message>
        <source>Åldersgrupper:</source>
        <translation>Age groups:</translation>
    </message>
    <message>
        <source>Åldersgrupper</source>
        <translation>Age groups</translation>
    </message>
    <message>
        <source>Spara åldersgrupper</source>
        <translation>Save age groups</translation>
    </message>
    <message>
        <source>Åldersgrupp</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Från ålder</source>
        <translation>From age</translation>
    </message>
    <message>
        <source>Till ålder</source>
        <translation>To age</translation>
    </message>
    <message>
        <source>Nuvarande åldersgrupper</source>
        <translation>Current age groups</translation>
    </message>
    <message>
        <source>och äldre</source>
        <translation>and older</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>skapade plats</source>
        <translation>created site</translation>
    </message>
    <message>
        <source>ändrade plats</source>
        <translation>changed site</translation>
    </message>
    <message>
        <source>tog bort plats</source>
        <translation>deleted site</translation>
    </message>
    <message>
        <source>skapade säsong</source>
        <translation>created season</translation>
    </message>
    <message>
        <source>ändrade säsong</source>
        <translation>changed season</translation>
    </message>
    <message>
        <source>tog bort säsong</source>
        <translation>deleted season</translation>
    </message>
    <message>
        <source>skapade organisation</source>
        <translation>created organisation</translation>
    </message>
    <message>
        <source>ändrade organisation</source>
        <translation>changed organisation</translation>
    </message>
    <message>
        <source>tog bort organisation</source>
        <translation>deleted organisation</translation>
    </message>
    <message>
        <source>skapade aktivitetstyp</source>
        <translation>created activity type</translation>
    </message>
    <message>
        <source>ändrade aktivitetstyp</source>
        <translation>changed activity type</translation>
    </message>
    <message>
        <source>tog bort aktivitetstyp</source>
        <translation>deleted activity type</translation>
    </message>
    <message>
        <source>skapade ledare</source>
        <translation>created leader</translation>
    </message>
    <message>
        <source>ändrade ledare</source>
        <translation>changed leader</translation>
    </message>
    <message>
        <source>tog bort ledare</source>
        <translation>deleted leader</translation>
    </message>
    <message>
        <source>skapade åldersgrupp</source>
        <translation>created age group</translation>
    </message>
    <message>
        <source>ändrade åldersgrupp</source>
        <translation>changed age group</translation>
    </message>
    <message>
        <source>tog bort åldersgrupp</source>
        <translation>deleted age group</translation>
    </message>
    <message>
        <source>skapade inställning</source>
        <translation>created setting</translation>
    </message>
    <message>
        <source>ändrade inställning</source>
        <translation>changed setting</translation>
    </message>
    <message>
        <source>skapade aktivitet</source>
        <translation>created activity</translation>
    </message>
    <message>
        <source>ändrade aktivitet</source>
        <translation>changed activity</translation>
    </message>
    <message>
        <source>tog bort aktivitet</source>
        <translation>deleted activity</translation>
    </message>
    <message>
        <source>skapade dagbok</source>
        <translation>created day log</translation>
    </message>
    <message>
        <source>ändrade dagbok</source>
        <translation>changed day log</translation>
    </message>
    <message>
        <source>skapade veckomall</source>
        <translation>created weekly template</translation>
    </message>
    <message>
        <source>ändrade veckomall</source>
        <translation>changed weekly template</translation>
    </message>
    <message>
        <source>tog bort veckomall</source>
        <translation>deleted weekly template</translation>
    </message>
    <message>
        <source>skapade enkät</source>
        <translation>created survey</translation>
    </message>
    <message>
        <source>ändrade enkät</source>
        <translation>changed survey</translation>
    </message>
    <message>
        <source>tog bort enkät</source>
        <translation>deleted survey</translation>
    </message>
    <message>
        <source>skapade samverkansinitiativ</source>
        <translation>created collaboration initiative</translation>
    </message>
    <message>
        <source>ändrade samverkansinitiativ</source>
        <translation>changed collaboration initiative</translation>
    </message>
    <message>
        <source>tog bort samverkansinitiativ</source>
        <translation>deleted collaboration initiative</translation>
    </message>
    <message>
        <source>skapade demodata</source>
        <translation>created demo data</translation>
    </message>
    <message>
        <source>läste in synkfil</source>
        <translation>read in a sync file</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Säsong</source>
        <translation>Season</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Aktivitetstyp</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Ledare</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Åldersgrupp</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Inställning</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Dagbok</source>
        <translation>Day log</translation>
    </message>
    <message>
        <source>Veckomall</source>
        <translation>Weekly template</translation>
    </message>
    <message>
        <source>Enkät</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Samverkansinitiativ</source>
        <translation>Collaboration initiative</translation>
    </message>
    <message>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>typ</source>
        <translation>type</translation>
    </message>
    <message>
        <source>verksamhetsområde</source>
        <translation>area of work</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>role</translation>
    </message>
    <message>
        <source>från</source>
        <translation>from</translation>
    </message>
    <message>
        <source>till</source>
        <translation>to</translation>
    </message>
    <message>
        <source>plats</source>
        <translation>site</translation>
    </message>
    <message>
        <source>platser</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>kod</source>
        <translation>code</translation>
    </message>
    <message>
        <source>från ålder</source>
        <translation>from age</translation>
    </message>
    <message>
        <source>till ålder</source>
        <translation>to age</translation>
    </message>
    <message>
        <source>ordning</source>
        <translation>order</translation>
    </message>
    <message>
        <source>inställning</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>värde</source>
        <translation>value</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>slut</source>
        <translation>end</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>aktivitetstyp</source>
        <translation>activity type</translation>
    </message>
    <message>
        <source>arrangör</source>
        <translation>organiser</translation>
    </message>
    <message>
        <source>samverkanspartner</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>deltagare</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>antal ledare</source>
        <translation>number of leaders</translation>
    </message>
    <message>
        <source>kunskapsutbyte</source>
        <translation>knowledge exchange</translation>
    </message>
    <message>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <source>öppet</source>
        <translation>open</translation>
    </message>
    <message>
        <source>öppnar</source>
        <translation>opens</translation>
    </message>
    <message>
        <source>stänger</source>
        <translation>closes</translation>
    </message>
    <message>
        <source>ledare på plats</source>
        <translation>leaders present</translation>
    </message>
    <message>
        <source>veckodag</source>
        <translation>weekday</translation>
    </message>
    <message>
        <source>aktörer</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>med</source>
        <translation>with</translation>
    </message>
    <message>
        <source>sammanfattning</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <source>antal år</source>
        <translation>number of years</translation>
    </message>
    <message>
        <source>antal platser</source>
        <translation>number of sites</translation>
    </message>
    <message>
        <source>slumptal</source>
        <translation>random seed</translation>
    </message>
    <message>
        <source>besöksskala</source>
        <translation>visit scale</translation>
    </message>
    <message>
        <source>aktivitetsskala</source>
        <translation>activity scale</translation>
    </message>
    <message>
        <source>borttagen</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>fil</source>
        <translation>file</translation>
    </message>
    <message>
        <source>från dator</source>
        <translation>from computer</translation>
    </message>
    <message>
        <source>nya besök</source>
        <translation>new visits</translation>
    </message>
    <message>
        <source>nya poster</source>
        <translation>new records</translation>
    </message>
    <message>
        <source>uppdaterade poster</source>
        <translation>updated records</translation>
    </message>
    <message>
        <source>konflikter</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>alla platser</source>
        <translation>all sites</translation>
    </message>
    <message>
        <source>(dolt)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>samordnarens lösenord</source>
        <translation>coordinator password</translation>
    </message>
    <message>
        <source>språk</source>
        <translation>language</translation>
    </message>
    <message>
        <source>%1 %2 år: %3</source>
        <translation>%1 %2 years: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>år %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Gör en säkerhetskopia nu</source>
        <translation>&amp;Make a backup now</translation>
    </message>
    <message>
        <source>Gör en säkerhetskopia nu</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>&amp;Återställ…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Återställ den valda säkerhetskopian</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>Ersätter allt på den här datorn med den valda kopian (samordnarens)</source>
        <translation>Replaces everything on this computer with the selected copy (the coordinator&apos;s)</translation>
    </message>
    <message>
        <source>Andra mapp (t.ex. ett USB-minne):</source>
        <translation>Second folder (e.g. a USB stick):</translation>
    </message>
    <message>
        <source>&amp;Välj mapp…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>Välj en andra mapp för säkerhetskopior</source>
        <translation>Choose a second folder for backups</translation>
    </message>
    <message>
        <source>Ingen andra mapp</source>
        <translation>No second folder</translation>
    </message>
    <message>
        <source>Ingen andra mapp för säkerhetskopior</source>
        <translation>No second folder for backups</translation>
    </message>
    <message>
        <source>En säkerhetskopia görs automatiskt vid dagens första start och före varje synk. De sparas i %1: de 3 senaste, den senaste från var och en av de 7 senaste dagarna, 4 senaste veckorna och 12 senaste månaderna, och kopior från före en uppgradering eller återställning i 60 dagar. Anmälningar som passerat sitt sista datum raderas ur alla kopior.</source>
        <translation>A backup is made automatically at the first start of the day and before every sync. They are kept in %1: the 3 newest, the newest of each of the last 7 days, 4 weeks and 12 months, and copies from before an upgrade or a restore for 60 days. Sign-ups past their last date are deleted from every copy.</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>kan inte läsas</source>
        <translation>cannot be read</translation>
    </message>
    <message numerus="yes">
        <source>%1 besök, %n aktiviteter</source>
        <translation>
            <numerusform>%1 visits, %n activity</numerusform>
            <numerusform>%1 visits, %n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>dagens första start</source>
        <translation>the day&apos;s first start</translation>
    </message>
    <message>
        <source>före synk</source>
        <translation>before sync</translation>
    </message>
    <message>
        <source>gjord för hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>före uppgradering</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>före återställning</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>Något gick fel med säkerhetskopiorna; detaljerna finns i loggfilen.</source>
        <translation>Something went wrong with the backups; the details are in the log file.</translation>
    </message>
    <message>
        <source>Gör en säkerhetskopia…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Säkerhetskopian är sparad (%1).</source>
        <translation>The backup is saved (%1).</translation>
    </message>
    <message>
        <source>En kopia utan anmälningar finns också i %1.</source>
        <translation>A copy without sign-ups is also in %1.</translation>
    </message>
    <message>
        <source>Den andra mappen %1 är inte ansluten; ingen kopia där.</source>
        <translation>The second folder %1 is not connected; no copy there.</translation>
    </message>
    <message>
        <source>Ingen kopia i den andra mappen: %1</source>
        <translation>No copy in the second folder: %1</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Återställa säkerhetskopian från %1? Allt som sparats på den här datorn efter den försvinner ur programmet; det som finns nu sparas först som en egen säkerhetskopia, så det går att ångra.</source>
        <translation>Restore the backup from %1? Everything saved on this computer after it disappears from the program; what is there now is first saved as a backup of its own, so this can be undone.</translation>
    </message>
    <message>
        <source>Återställd från %1. Det som fanns innan finns kvar som %2.</source>
        <translation>Restored from %1. What was there before is kept as %2.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Inga uppgifter</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>+ %1 till</source>
        <translation>+ %1 more</translation>
    </message>
</context>
<context>
    <name>BusyJobs</name>
    <message>
        <source>Arbetar</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>CreateTeamDialog</name>
    <message>
        <source>Skapa ett lag</source>
        <translation>Create a team</translation>
    </message>
    <message>
        <source>Den här datorn blir samordnarens. Laget får en lagkod; de andra datorerna skriver in den under Synk → Gå med i ett lag. Skapa laget bara en gång, på en enda dator.</source>
        <translation>This computer becomes the coordinator&apos;s. The team gets a team code; the other computers type it in under Sync → Join a team. Create the team only once, on a single computer.</translation>
    </message>
    <message>
        <source>Skapa laget</source>
        <translation>Create the team</translation>
    </message>
    <message>
        <source>Den här datorns &amp;namn:</source>
        <translation>This computer&apos;s &amp;name:</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Databasen är skadad</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>I stället för databasfilen finns en mapp: %1.</source>
        <translation>There is a folder where the database file should be: %1.</translation>
    </message>
    <message>
        <source>Databasfilen är skadad och kan inte öppnas: %1.</source>
        <translation>The database file is damaged and cannot be opened: %1.</translation>
    </message>
    <message>
        <source>Den senaste fungerande säkerhetskopian är från %1.</source>
        <translation>The newest working backup is from %1.</translation>
    </message>
    <message>
        <source>Det finns ingen fungerande säkerhetskopia att återställa.</source>
        <translation>There is no working backup to restore.</translation>
    </message>
    <message>
        <source>Den skadade filen flyttas undan och sparas; ingenting tas bort.</source>
        <translation>The damaged file is moved aside and kept; nothing is deleted.</translation>
    </message>
    <message>
        <source>Återställ senaste fungerande säkerhetskopia</source>
        <translation>Restore the newest working backup</translation>
    </message>
    <message>
        <source>Börja med en tom databas</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DayNote</name>
    <message>
        <source>Dagbok</source>
        <translation>Day log</translation>
    </message>
    <message>
        <source>Öppet</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Stängt</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Dagen:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Öppnar</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Stänger</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Öppettider:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>Ledare på plats</source>
        <translation>Leaders present</translation>
    </message>
    <message>
        <source>Ledare på plats:</source>
        <translation>Leaders present:</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kort anteckning om dagen</source>
        <translation>A short note about the day</translation>
    </message>
    <message>
        <source>Anteckning:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Spara nu</source>
        <translation>Save now</translation>
    </message>
    <message>
        <source>Spara dagboken nu</source>
        <translation>Save the day log now</translation>
    </message>
    <message>
        <source>Dagboken sparas av sig själv medan du skriver</source>
        <translation>The day log saves itself while you type</translation>
    </message>
    <message>
        <source>Inte sparad än…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <source>Sparad %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Dagboken sparades INTE – %1</source>
        <translation>The day log was NOT saved – %1</translation>
    </message>
</context>
<context>
    <name>DayTables</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Besök</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Öppet</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Besök per plats</source>
        <translation>Visits per site</translation>
    </message>
    <message>
        <source>Besök per plats och kön</source>
        <translation>Visits per site and gender</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Dagens aktiviteter</source>
        <translation>The day&apos;s activities</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Aktivitetstyp</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Arrangör</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kunskapsutbyte</source>
        <translation>Knowledge exchange</translation>
    </message>
    <message>
        <source>Dagbok</source>
        <translation>Day log</translation>
    </message>
    <message>
        <source>Öppnar</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Stänger</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Ledare</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Kasta ändringarna?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <source>Det du har skrivit eller ändrat i fönstret sparas inte.</source>
        <translation>What you typed or changed in this window will not be saved.</translation>
    </message>
    <message>
        <source>&amp;Kasta ändringarna</source>
        <translation>&amp;Discard the changes</translation>
    </message>
    <message>
        <source>&amp;Fortsätt redigera</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Något gick oväntat fel. Det du redan har sparat finns kvar; kontrollera det senaste du gjorde och försök igen.</source>
        <translation>Something unexpected went wrong. What you have already saved is still there; check the last thing you did and try again.</translation>
    </message>
    <message>
        <source>Detaljer för den som hjälper till: %1</source>
        <translation>Details for whoever helps you: %1</translation>
    </message>
    <message>
        <source>Vänskapshuset</source>
        <translation>Vänskapshuset</translation>
    </message>
</context>
<context>
    <name>FileSaver</name>
    <message>
        <source>Öppna filen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Öppna mappen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>JSON-fil (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas: %1.</source>
        <translation>The file could not be saved: %1.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Välkommen till Vänskapshuset</source>
        <translation>Welcome to Vänskapshuset</translation>
    </message>
    <message>
        <source>Välkommen! Tre snabba frågor, sedan kan ni börja räkna besök.</source>
        <translation>Welcome! Three quick questions, then you can start counting visits.</translation>
    </message>
    <message>
        <source>Allt kan ändras senare under Register.</source>
        <translation>Everything can be changed later under Register.</translation>
    </message>
    <message>
        <source>Kom igång</source>
        <translation>Get started</translation>
    </message>
    <message>
        <source>Kom igång med de här uppgifterna</source>
        <translation>Get started with these details</translation>
    </message>
    <message>
        <source>1. Platser där ni räknar besök</source>
        <translation>1. Sites where you count visits</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Annan plats:</source>
        <translation>&amp;Other site:</translation>
    </message>
    <message>
        <source>Ditt &amp;namn:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Upprepa:</source>
        <translation>Rep&amp;eat:</translation>
    </message>
    <message>
        <source>Annan plats, namn</source>
        <translation>Other site, name</translation>
    </message>
    <message>
        <source>Avsluta utan att spara</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <source>Avsluta programmet utan att spara</source>
        <translation>Quit the program without saving</translation>
    </message>
    <message>
        <source>Avsluta stänger programmet; inget sparas, och frågorna kommer igen nästa gång.</source>
        <translation>Quit closes the program; nothing is saved, and the questions come back next time.</translation>
    </message>
    <message>
        <source>frivilligt</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Annan plats, typ</source>
        <translation>Other site, type</translation>
    </message>
    <message>
        <source>2. Du som använder datorn</source>
        <translation>2. Who is using this computer</translation>
    </message>
    <message>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Din roll</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>3. Samordnarens lösenord (frivilligt)</source>
        <translation>3. Coordinator password (optional)</translation>
    </message>
    <message>
        <source>Skyddar borttagning, inställningar och historiken. Minst %1 tecken. Lämna tomt om ni inte vill ha något lösenord nu.</source>
        <translation>Protects deleting, the settings and the history. At least %1 characters. Leave it empty if you do not want a password now.</translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Upprepa lösenordet</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Vill du bara prova programmet? Fyll det med ett påhittat år av besök och aktiviteter. Använd inte demodata för riktiga uppgifter.</source>
        <translation>Just want to try the program? Fill it with a made-up year of visits and activities. Do not use demo data for real records.</translation>
    </message>
    <message>
        <source>Använd demodata i stället</source>
        <translation>Use demo data instead</translation>
    </message>
    <message>
        <source>Demodata skapas</source>
        <translation>Creating demo data</translation>
    </message>
    <message>
        <source>Demodata skapas. Det tar några sekunder …</source>
        <translation>Creating demo data. It takes a few seconds …</translation>
    </message>
    <message>
        <source>Välj minst en plats eller skriv namnet på en annan plats.</source>
        <translation>Choose at least one site or enter the name of another site.</translation>
    </message>
    <message>
        <source>Den andra platsen har samma namn som en av de förvalda.</source>
        <translation>The other site has the same name as one of the suggested ones.</translation>
    </message>
    <message>
        <source>Skriv ditt namn.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>De två lösenorden är inte lika.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FolderBox</name>
    <message>
        <source>Synka genom en delad mapp</source>
        <translation>Sync through a shared folder</translation>
    </message>
    <message>
        <source>Alla datorer i laget använder samma mapp: ett USB-minne som går runt, en nätverksmapp eller en molnmapp. Synka nu läser in de andras filer och lägger den här datorns fil där.</source>
        <translation>Every computer in the team uses the same folder: a USB stick passed around, a network folder or a cloud folder. Sync now reads in the others&apos; files and puts this computer&apos;s file there.</translation>
    </message>
    <message>
        <source>Mapp:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Synkmapp</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <source>Välj mapp…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Välj mappen att synka genom</source>
        <translation>Choose the folder to sync through</translation>
    </message>
    <message>
        <source>&amp;Synka nu</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Synka nu: läs in de andras filer och skriv den här datorns</source>
        <translation>Sync now: read in the others&apos; files and write this computer&apos;s</translation>
    </message>
    <message>
        <source>En enstaka fil, utan mapp:</source>
        <translation>A single file, without a folder:</translation>
    </message>
    <message>
        <source>Exportera fil…</source>
        <translation>Export file…</translation>
    </message>
    <message>
        <source>Spara den här datorns synkfil</source>
        <translation>Save this computer&apos;s sync file</translation>
    </message>
    <message>
        <source>Läs in fil…</source>
        <translation>Read in file…</translation>
    </message>
    <message>
        <source>Läs in en synkfil från en annan dator</source>
        <translation>Read in a sync file from another computer</translation>
    </message>
    <message>
        <source>(ingen mapp vald än)</source>
        <translation>(no folder chosen yet)</translation>
    </message>
    <message>
        <source>… och %1 rader till (håll muspekaren här för att se alla).</source>
        <translation>… and %1 more lines (hover here to see them all).</translation>
    </message>
    <message>
        <source>Synkar…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Synken misslyckades</source>
        <translation>The sync failed</translation>
    </message>
    <message>
        <source>Exportera den här datorns synkfil</source>
        <translation>Export this computer&apos;s sync file</translation>
    </message>
    <message>
        <source>Synkfil (*%1)</source>
        <translation>Sync file (*%1)</translation>
    </message>
    <message>
        <source>Läs in en synkfil</source>
        <translation>Read in a sync file</translation>
    </message>
    <message>
        <source>Skriver filen…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Filen kunde inte skrivas</source>
        <translation>The file could not be written</translation>
    </message>
    <message>
        <source>Läser in filen…</source>
        <translation>Reading in the file…</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas in</source>
        <translation>The file could not be read in</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Enkäter och samtal med aktörer och samverkansinitiativ som följs: de kvalitativa måtten i årsuppföljningen.</source>
        <translation>Surveys and conversations with organisations, and collaboration initiatives being followed: the qualitative measures in the annual follow-up.</translation>
    </message>
    <message>
        <source>Enkäter</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Med vilka</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Ny enkät…</source>
        <translation>New survey…</translation>
    </message>
    <message>
        <source>Samverkansinitiativ</source>
        <translation>Collaboration initiatives</translation>
    </message>
    <message>
        <source>Initiativ</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nytt initiativ…</source>
        <translation>New initiative…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort ”%1” ur uppföljningen?</source>
        <translation>Delete “%1” from the follow-up?</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Om Vänskapshuset…</source>
        <translation>&amp;About Vänskapshuset…</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Användarguide – Vänskapshuset</source>
        <translation>User guide – Vänskapshuset</translation>
    </message>
    <message>
        <source>Användarguide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Alla ändringar som gjorts i programmet, den senaste först. Markera en rad för att se alla detaljer under tabellen.</source>
        <translation>Every change made in the program, the latest first. Select a row to see all its details below the table.</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Dator</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Ändringar</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Detaljer om markerad ändring</source>
        <translation>Details of the selected change</translation>
    </message>
    <message>
        <source>Visa fler</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>Visa fler ändringar</source>
        <translation>Show more changes</translation>
    </message>
    <message>
        <source>Visar %1 av %2 ändringar.</source>
        <translation>Showing %1 of %2 changes.</translation>
    </message>
    <message>
        <source>%1 (den här datorn)</source>
        <translation>%1 (this computer)</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Besök per timme</source>
        <translation>Visits per hour</translation>
    </message>
    <message>
        <source>kl %1: %2</source>
        <translation>hour %1: %2</translation>
    </message>
    <message>
        <source>Inga besök ännu</source>
        <translation>No visits yet</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Ändra samverkansinitiativ</source>
        <translation>Edit collaboration initiative</translation>
    </message>
    <message>
        <source>Nytt initiativ</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <source>Initiativets namn</source>
        <translation>Initiative name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Startade</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Slutade</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <source>Gå med i ett lag</source>
        <translation>Join a team</translation>
    </message>
    <message>
        <source>Skriv lagkoden från samordnarens dator (sidan Synk, eller den utskrivna lappen) och ett namn på den här datorn som de andra känner igen.</source>
        <translation>Type the team code from the coordinator&apos;s computer (the Sync page, or the printed sheet) and a name for this computer that the others will recognise.</translation>
    </message>
    <message>
        <source>Gå med</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Lagkod</source>
        <translation>Team code</translation>
    </message>
    <message>
        <source>&amp;Lagkod:</source>
        <translation>Team &amp;code:</translation>
    </message>
    <message>
        <source>Den här datorns &amp;namn:</source>
        <translation>This computer&apos;s &amp;name:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vänskapshuset</source>
        <translation>Vänskapshuset</translation>
    </message>
    <message>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Synk</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Användarguide</source>
        <translation>User guide</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n nya)</source>
        <translation>
            <numerusform>%1 (%n new)</numerusform>
            <numerusform>%1 (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dagboken är inte sparad</source>
        <translation>The day log is not saved</translation>
    </message>
    <message>
        <source>%1

Stänga ändå? Det du skrev i dagboken försvinner då.</source>
        <translation>%1

Close anyway? What you wrote in the day log will then be lost.</translation>
    </message>
</context>
<context>
    <name>Meddelande</name>
    <message>
        <source>Disken är full: frigör utrymme på datorn och försök igen.</source>
        <comment>disk.full</comment>
        <translation>The disk is full: free up space on the computer and try again.</translation>
    </message>
    <message>
        <source>Databasfilen går inte att skriva i (skrivskyddad): kontrollera filens behörighet.</source>
        <comment>database.read_only</comment>
        <translation>The database file cannot be written to (read-only): check the file’s permissions.</translation>
    </message>
    <message>
        <source>Databasen är upptagen av ett annat program (till exempel en synkning): vänta en stund och försök igen.</source>
        <comment>database.busy</comment>
        <translation>The database is busy in another program (a sync, for example): wait a moment and try again.</translation>
    </message>
    <message>
        <source>Databasfilen har tagits bort eller flyttats medan programmet var igång: starta om programmet.</source>
        <comment>database.gone</comment>
        <translation>The database file was deleted or moved while the program was running: restart the program.</translation>
    </message>
    <message>
        <source>Databasfilen kunde inte läsas eller skrivas (skadad fil eller fel på disken): starta om programmet och kontakta samordnaren om det händer igen.</source>
        <comment>database.unreadable</comment>
        <translation>The database file could not be read or written (damaged file or disk fault): restart the program and contact the coordinator if it happens again.</translation>
    </message>
    <message>
        <source>I stället för databasfilen finns en mapp ({path}), så ingen databas kan öppnas; starta programmet för att flytta undan den och återställa den senaste säkerhetskopian eller börja med en tom databas.</source>
        <comment>database.is_folder</comment>
        <translation>There is a folder ({path}) where the database file should be, so no database can be opened; start the program to move it aside and restore the latest backup or start with an empty database.</translation>
    </message>
    <message>
        <source>Databasfilen {path} är skadad och har inte ändrats; starta programmet för att flytta undan den och återställa den senaste fungerande säkerhetskopian eller börja med en tom databas.</source>
        <comment>database.damaged</comment>
        <translation>The database file {path} is damaged and has not been changed; start the program to move it aside and restore the latest working backup or start with an empty database.</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade; inget mer ändrades.</source>
        <comment>unexpected</comment>
        <translation>An unexpected error occurred; nothing else was changed.</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade; inget mer ändrades (detaljer i loggen {log}).</source>
        <comment>unexpected.see_log</comment>
        <translation>An unexpected error occurred; nothing else was changed (details in the log {log}).</translation>
    </message>
    <message>
        <source>Okänt språk ”{language}” (finns: {known}).</source>
        <comment>cli.unknown_language</comment>
        <translation>Unknown language “{language}” (available: {known}).</translation>
    </message>
    <message>
        <source>Felaktigt kommando: {reason}.</source>
        <comment>cli.bad_command</comment>
        <translation>Invalid command: {reason}.</translation>
    </message>
    <message>
        <source>Ange var rapporten ska sparas: {options}.</source>
        <comment>cli.report_target_missing</comment>
        <translation>Say where to save the report: {options}.</translation>
    </message>
    <message>
        <source>Ange antingen --activity ID eller --blank.</source>
        <comment>cli.activity_or_blank</comment>
        <translation>Give either --activity ID or --blank.</translation>
    </message>
    <message>
        <source>Det finns ingen plats ännu; lägg till en med ”site add”.</source>
        <comment>cli.no_site_yet</comment>
        <translation>There is no site yet; add one with “site add”.</translation>
    </message>
    <message>
        <source>eller</source>
        <comment>cli.or</comment>
        <translation>or</translation>
    </message>
    <message numerus="yes">
        <source>Databasen har fel: %n trasiga hänvisningar, schema {revision}.</source>
        <comment>cli.check_failed</comment>
        <translation>
            <numerusform>The database has errors: %n broken reference, schema {revision}.</numerusform>
            <numerusform>The database has errors: %n broken references, schema {revision}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Det här får bara samordnaren göra: {what}. Samordnarens lösenord behövs.</source>
        <comment>access.needs_coordinator</comment>
        <translation>Only the coordinator may do this: {what}. The coordinator’s password is needed.</translation>
    </message>
    <message>
        <source>Dagar äldre än en vecka ({day}) får bara samordnaren ändra: {what}. Samordnarens lösenord behövs.</source>
        <comment>access.old_day</comment>
        <translation>Only the coordinator may change days more than a week old ({day}): {what}. The coordinator’s password is needed.</translation>
    </message>
    <message>
        <source>Fel lösenord.</source>
        <comment>access.wrong_password</comment>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Det nuvarande lösenordet stämmer inte.</source>
        <comment>access.wrong_current_password</comment>
        <translation>The current password is not correct.</translation>
    </message>
    <message numerus="yes">
        <source>För många fel lösenord: vänta %n sekunder innan nästa försök.</source>
        <comment>access.wait</comment>
        <translation>
            <numerusform>Too many wrong passwords: wait %n second before the next attempt.</numerusform>
            <numerusform>Too many wrong passwords: wait %n seconds before the next attempt.</numerusform>
        </translation>
    </message>
    <message>
        <source>De två nya lösenorden är inte lika.</source>
        <comment>access.passwords_differ</comment>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <source>Inget lösenord är satt, så det finns inget att ta bort.</source>
        <comment>access.no_password</comment>
        <translation>No password is set, so there is nothing to remove.</translation>
    </message>
    <message>
        <source>Skriv det nya lösenordet: i en terminal, eller i miljövariabeln VANSKAPSHUSET_NEW_PASSWORD.</source>
        <comment>access.new_password_needed</comment>
        <translation>Enter the new password: in a terminal, or in the environment variable VANSKAPSHUSET_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Lösenordet är sparat.</source>
        <comment>access.password_set</comment>
        <translation>The password has been saved.</translation>
    </message>
    <message>
        <source>Lösenordet är borttaget; inget är längre låst.</source>
        <comment>access.password_cleared</comment>
        <translation>The password has been removed; nothing is locked any more.</translation>
    </message>
    <message>
        <source>Det finns ingen ledare som heter ”{name}”.</source>
        <comment>access.unknown_leader</comment>
        <translation>There is no leader called “{name}”.</translation>
    </message>
    <message>
        <source>samordnare</source>
        <comment>access.coordinator</comment>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>ändra en aktivitet</source>
        <comment>access.what.change_activity</comment>
        <translation>change an activity</translation>
    </message>
    <message>
        <source>ta bort en aktivitet</source>
        <comment>access.what.delete_activity</comment>
        <translation>delete an activity</translation>
    </message>
    <message>
        <source>ta bort en mall</source>
        <comment>access.what.delete_template</comment>
        <translation>delete a template</translation>
    </message>
    <message>
        <source>räkna eller ändra besök</source>
        <comment>access.what.visits</comment>
        <translation>count or change visits</translation>
    </message>
    <message>
        <source>skriva dagboken</source>
        <comment>access.what.day_log</comment>
        <translation>write the day log</translation>
    </message>
    <message>
        <source>skriva in en räknelista</source>
        <comment>access.what.paper_tally</comment>
        <translation>enter a paper tally</translation>
    </message>
    <message>
        <source>ta bort ur registret</source>
        <comment>access.what.delete_record</comment>
        <translation>delete from the register</translation>
    </message>
    <message>
        <source>ändra åldersgrupperna</source>
        <comment>access.what.age_bands</comment>
        <translation>change the age groups</translation>
    </message>
    <message>
        <source>ändra inställningarna</source>
        <comment>access.what.settings</comment>
        <translation>change the settings</translation>
    </message>
    <message>
        <source>ändra lösenordet</source>
        <comment>access.what.password</comment>
        <translation>change the password</translation>
    </message>
    <message>
        <source>återställa en säkerhetskopia</source>
        <comment>access.what.restore_backup</comment>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>välja mappen för säkerhetskopior</source>
        <comment>access.what.backup_folder</comment>
        <translation>choose the backup folder</translation>
    </message>
    <message>
        <source>söka, lämna ut eller radera personuppgifter</source>
        <comment>access.what.personal_data</comment>
        <translation>search for, hand over or erase personal data</translation>
    </message>
    <message>
        <source>se eller ändra anmälningar till en passerad aktivitet</source>
        <comment>access.what.signups</comment>
        <translation>view or change sign-ups for a past activity</translation>
    </message>
    <message>
        <source>skapa ett lag</source>
        <comment>access.what.create_team</comment>
        <translation>create a team</translation>
    </message>
    <message>
        <source>lämna laget</source>
        <comment>access.what.leave_team</comment>
        <translation>leave the team</translation>
    </message>
    <message>
        <source>se lagkoden</source>
        <comment>access.what.team_code</comment>
        <translation>view the team code</translation>
    </message>
    <message>
        <source>markera konflikter som lästa</source>
        <comment>access.what.conflicts_seen</comment>
        <translation>mark conflicts as read</translation>
    </message>
    <message>
        <source>läsa historiken</source>
        <comment>access.what.history</comment>
        <translation>read the history</translation>
    </message>
    <message>
        <source>Samordnarens lösenord: </source>
        <comment>access.prompt_password</comment>
        <translation>Coordinator&apos;s password: </translation>
    </message>
    <message>
        <source>Nytt lösenord: </source>
        <comment>access.prompt_new</comment>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Upprepa det nya lösenordet: </source>
        <comment>access.prompt_repeat</comment>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <source>Mappen ”{folder}” finns inte (är minnet anslutet?).</source>
        <comment>backup.second_folder_missing</comment>
        <translation>The folder “{folder}” does not exist (is the memory stick connected?).</translation>
    </message>
    <message>
        <source>Välj en annan mapp än den där säkerhetskopiorna redan sparas.</source>
        <comment>backup.second_folder_same</comment>
        <translation>Choose a different folder from the one where backups are already saved.</translation>
    </message>
    <message>
        <source>Det finns ingen säkerhetskopia som heter ”{name}” (se listan över säkerhetskopior).</source>
        <comment>backup.no_such_backup</comment>
        <translation>There is no backup called “{name}” (see the list of backups).</translation>
    </message>
    <message>
        <source>Filen ”{name}” finns inte.</source>
        <comment>backup.no_such_file</comment>
        <translation>The file “{name}” does not exist.</translation>
    </message>
    <message>
        <source>”{name}” är ingen säkerhetskopia av Vänskapshuset.</source>
        <comment>backup.not_ours</comment>
        <translation>“{name}” is not a Vänskapshuset backup.</translation>
    </message>
    <message>
        <source>Säkerhetskopian ”{name}” är skadad; välj en annan.</source>
        <comment>backup.damaged</comment>
        <translation>The backup “{name}” is damaged; choose another one.</translation>
    </message>
    <message>
        <source>Säkerhetskopian ”{name}” är gjord av en nyare version av Vänskapshuset (schema {revision}); installera den versionen för att återställa den.</source>
        <comment>backup.too_new</comment>
        <translation>The backup “{name}” was made by a newer version of Vänskapshuset (schema {revision}); install that version to restore it.</translation>
    </message>
    <message>
        <source>Säkerhetskopian gjordes inte: {cause}.</source>
        <comment>backup.not_made</comment>
        <translation>The backup was not made: {cause}.</translation>
    </message>
    <message>
        <source>Återställningen gjordes inte: {cause}.</source>
        <comment>backup.restore_not_made</comment>
        <translation>The restore was not carried out: {cause}.</translation>
    </message>
    <message>
        <source>disken är full; frigör utrymme och försök igen</source>
        <comment>backup.cause.disk_full</comment>
        <translation>the disk is full; free up space and try again</translation>
    </message>
    <message>
        <source>mappen {folder} går inte att skriva i</source>
        <comment>backup.cause.read_only</comment>
        <translation>the folder {folder} cannot be written to</translation>
    </message>
    <message>
        <source>databasen används av ett annat program (en synkning eller ett kommando); försök igen när det är klart</source>
        <comment>backup.cause.locked</comment>
        <translation>the database is in use by another program (a sync or a command); try again when it has finished</translation>
    </message>
    <message>
        <source>databasfilen finns inte längre; starta om programmet</source>
        <comment>backup.cause.missing</comment>
        <translation>the database file no longer exists; restart the program</translation>
    </message>
    <message>
        <source>en fil kunde inte läsas (skadad fil eller fel på disken)</source>
        <comment>backup.cause.damaged</comment>
        <translation>a file could not be read (damaged file or disk fault)</translation>
    </message>
    <message>
        <source>{folder} är ingen mapp</source>
        <comment>backup.cause.not_a_folder</comment>
        <translation>{folder} is not a folder</translation>
    </message>
    <message>
        <source>databasen kunde inte läsas</source>
        <comment>backup.cause.unreadable</comment>
        <translation>the database could not be read</translation>
    </message>
    <message>
        <source>ett oväntat fel (se loggen)</source>
        <comment>backup.cause.unexpected</comment>
        <translation>an unexpected error (see the log)</translation>
    </message>
    <message>
        <source>Säkerhetskopian {name} gick inte att kopiera; ingenting har ändrats.</source>
        <comment>backup.copy_failed</comment>
        <translation>The backup {name} could not be copied; nothing has been changed.</translation>
    </message>
    <message>
        <source>Databasfilen {path} gick inte att flytta undan ({reason}); ingenting har tagits bort.</source>
        <comment>backup.damaged_not_moved</comment>
        <translation>The database file {path} could not be moved aside ({reason}); nothing has been deleted.</translation>
    </message>
    <message>
        <source>dagens första start</source>
        <comment>backup.reason.daily</comment>
        <translation>first start of the day</translation>
    </message>
    <message>
        <source>före synk</source>
        <comment>backup.reason.sync</comment>
        <translation>before sync</translation>
    </message>
    <message>
        <source>gjord för hand</source>
        <comment>backup.reason.manual</comment>
        <translation>made manually</translation>
    </message>
    <message>
        <source>före uppgradering</source>
        <comment>backup.reason.upgrade</comment>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>före återställning</source>
        <comment>backup.reason.restore</comment>
        <translation>before restore</translation>
    </message>
    <message>
        <source>kan inte läsas</source>
        <comment>backup.unreadable</comment>
        <translation>cannot be read</translation>
    </message>
    <message numerus="yes">
        <source>{visits} besök, %n aktiviteter, schema {revision}</source>
        <comment>backup.holds</comment>
        <translation>
            <numerusform>{visits} visits, %n activity, schema {revision}</numerusform>
            <numerusform>{visits} visits, %n activities, schema {revision}</numerusform>
        </translation>
    </message>
    <message>
        <source>Säkerhetskopian är sparad: {backup}</source>
        <comment>backup.created</comment>
        <translation>The backup has been saved: {backup}</translation>
    </message>
    <message>
        <source>En kopia utan anmälningar finns också i {folder}.</source>
        <comment>backup.second_written</comment>
        <translation>A copy without sign-ups is also in {folder}.</translation>
    </message>
    <message>
        <source>Den andra mappen {folder} finns inte nu (inte ansluten); ingen kopia där.</source>
        <comment>backup.second_absent</comment>
        <translation>The second folder {folder} is not available now (not connected); no copy there.</translation>
    </message>
    <message>
        <source>Ingen kopia i den andra mappen: {problem}</source>
        <comment>backup.second_failed</comment>
        <translation>No copy in the second folder: {problem}</translation>
    </message>
    <message>
        <source>Inga säkerhetskopior ännu (de sparas i {folder}).</source>
        <comment>backup.none_yet</comment>
        <translation>No backups yet (they are saved in {folder}).</translation>
    </message>
    <message>
        <source>Återställde {restored}; det som fanns innan finns kvar som säkerhetskopian {kept}.</source>
        <comment>backup.restored</comment>
        <translation>Restored {restored}; what was there before is kept as the backup {kept}.</translation>
    </message>
    <message>
        <source>Ange antingen en mapp eller --off, inte båda.</source>
        <comment>backup.folder_or_off</comment>
        <translation>Give either a folder or --off, not both.</translation>
    </message>
    <message>
        <source>Andra mappen för säkerhetskopior: {folder}.</source>
        <comment>backup.second_folder_is</comment>
        <translation>Second backup folder: {folder}.</translation>
    </message>
    <message>
        <source>Ingen andra mapp för säkerhetskopior.</source>
        <comment>backup.no_second_folder</comment>
        <translation>No second backup folder.</translation>
    </message>
    <message>
        <source>Databasen innehåller redan data; demodata fylls bara i en tom databas (välj en ny mapp med --data-dir).</source>
        <comment>demo.not_empty</comment>
        <translation>The database already contains data; demo data is only added to an empty database (choose a new folder with --data-dir).</translation>
    </message>
    <message numerus="yes">
        <source>Demodata för {period}: {visits} besök och %n aktiviteter ({seasons}).</source>
        <comment>demo.summary</comment>
        <translation>
            <numerusform>Demo data for {period}: {visits} visits and %n activity ({seasons}).</numerusform>
            <numerusform>Demo data for {period}: {visits} visits and %n activities ({seasons}).</numerusform>
        </translation>
    </message>
    <message>
        <source>”{name}”</source>
        <comment>files.what.file</comment>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>filerna i ”{folder}”</source>
        <comment>files.what.folder</comment>
        <translation>the files in “{folder}”</translation>
    </message>
    <message>
        <source>”{path}” är en mapp; välj ett filnamn i den.</source>
        <comment>files.is_a_folder</comment>
        <translation>“{path}” is a folder; choose a file name inside it.</translation>
    </message>
    <message>
        <source>”{path}” är en fil, inte en mapp.</source>
        <comment>files.is_a_file</comment>
        <translation>“{path}” is a file, not a folder.</translation>
    </message>
    <message>
        <source>Mappen ”{folder}” finns inte.</source>
        <comment>files.no_folder</comment>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <source>”{folder}” är ingen mapp.</source>
        <comment>files.not_a_folder</comment>
        <translation>“{folder}” is not a folder.</translation>
    </message>
    <message>
        <source>Det finns inte plats att spara {what} (disken är full).</source>
        <comment>files.disk_full</comment>
        <translation>There is no room to save {what} (the disk is full).</translation>
    </message>
    <message>
        <source>Kunde inte spara {what}: filen blir för stor för den här disken.</source>
        <comment>files.too_big</comment>
        <translation>Could not save {what}: the file would be too large for this disk.</translation>
    </message>
    <message>
        <source>Kunde inte spara {what}: disken är skrivskyddad.</source>
        <comment>files.read_only_disk</comment>
        <translation>Could not save {what}: the disk is read-only.</translation>
    </message>
    <message>
        <source>Kunde inte spara {what}: disken svarade inte (är minnet fortfarande anslutet?).</source>
        <comment>files.no_answer</comment>
        <translation>Could not save {what}: the disk did not respond (is the memory stick still connected?).</translation>
    </message>
    <message>
        <source>Kunde inte spara {what}: mappen är skrivskyddad eller filen är öppen i ett annat program (stäng den och försök igen).</source>
        <comment>files.denied</comment>
        <translation>Could not save {what}: the folder is read-only or the file is open in another program (close it and try again).</translation>
    </message>
    <message>
        <source>Kunde inte spara {what}: {reason}.</source>
        <comment>files.other</comment>
        <translation>Could not save {what}: {reason}.</translation>
    </message>
    <message>
        <source>plats</source>
        <comment>records.kind.site</comment>
        <translation>site</translation>
    </message>
    <message>
        <source>organisation</source>
        <comment>records.kind.organisation</comment>
        <translation>organisation</translation>
    </message>
    <message>
        <source>aktivitetstyp</source>
        <comment>records.kind.activity_type</comment>
        <translation>activity type</translation>
    </message>
    <message>
        <source>ledare</source>
        <comment>records.kind.leader</comment>
        <translation>leader</translation>
    </message>
    <message>
        <source>Det finns redan en {kind} som heter ”{name}”.</source>
        <comment>records.name_taken</comment>
        <translation>There is already a {kind} called “{name}”.</translation>
    </message>
    <message>
        <source>Okänd {kind} ”{name}” (finns: {known}).</source>
        <comment>records.unknown_name</comment>
        <translation>Unknown {kind} “{name}” (available: {known}).</translation>
    </message>
    <message>
        <source>inga ännu</source>
        <comment>records.none_yet</comment>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Det finns ingen {kind} med id {id}.</source>
        <comment>records.no_such_id</comment>
        <translation>There is no {kind} with id {id}.</translation>
    </message>
    <message>
        <source>Aktiviteten finns inte eller är borttagen.</source>
        <comment>records.activity_gone</comment>
        <translation>The activity does not exist or has been deleted.</translation>
    </message>
    <message>
        <source>Skriv namnet du söker.</source>
        <comment>signups.name_empty</comment>
        <translation>Type the name you are looking for.</translation>
    </message>
    <message>
        <source>Det finns inga anmälningar för ”{name}”.</source>
        <comment>signups.none_for</comment>
        <translation>There are no sign-ups for “{name}”.</translation>
    </message>
    <message>
        <source>Anmälan finns inte (den kan ha raderats).</source>
        <comment>signups.gone</comment>
        <translation>The sign-up does not exist (it may have been erased).</translation>
    </message>
    <message>
        <source>Dagboken är sparad.</source>
        <comment>daylog.saved</comment>
        <translation>The day log has been saved.</translation>
    </message>
    <message>
        <source>Öppettiderna ”{hours}” ska skrivas som tt:mm-tt:mm, t.ex. 15:00-20:00.</source>
        <comment>daylog.hours_form</comment>
        <translation>The opening hours “{hours}” must be written as hh:mm-hh:mm, e.g. 15:00-20:00.</translation>
    </message>
    <message>
        <source>En stängd dag har inga öppettider; ange --open tillsammans med --hours.</source>
        <comment>daylog.closed_no_hours</comment>
        <translation>A closed day has no opening hours; give --open together with --hours.</translation>
    </message>
    <message>
        <source>Säsongen slutar ({end}) före den börjar ({start}).</source>
        <comment>records.season_ends_before_start</comment>
        <translation>The season ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>{name}: {start} – {end} · {sites}</source>
        <comment>records.season_line</comment>
        <translation>{name}: {start} – {end} · {sites}</translation>
    </message>
    <message>
        <source>alla platser</source>
        <comment>records.season_every_site</comment>
        <translation>all sites</translation>
    </message>
    <message>
        <source>Säsongen är sparad.</source>
        <comment>records.season_saved</comment>
        <translation>The season has been saved.</translation>
    </message>
    <message>
        <source>Ange vad som ska ändras: --name, --start, --end, --site eller --all-sites.</source>
        <comment>records.season_nothing_to_change</comment>
        <translation>Give what to change: --name, --start, --end, --site or --all-sites.</translation>
    </message>
    <message>
        <source>Ange antingen --site (en eller flera platser) eller --all-sites, inte båda.</source>
        <comment>records.season_sites_or_all</comment>
        <translation>Give either --site (one or more sites) or --all-sites, not both.</translation>
    </message>
    <message>
        <source>Inga säsonger ännu.</source>
        <comment>records.no_seasons</comment>
        <translation>No seasons yet.</translation>
    </message>
    <message>
        <source>{date} {site}: öppet {hours}{note}</source>
        <comment>daylog.line_open</comment>
        <translation>{date} {site}: open {hours}{note}</translation>
    </message>
    <message>
        <source>{date} {site}: stängt{note}</source>
        <comment>daylog.line_closed</comment>
        <translation>{date} {site}: closed{note}</translation>
    </message>
    <message>
        <source>{date} {site}: inte angivet om öppet{note}</source>
        <comment>daylog.line_unsaid</comment>
        <translation>{date} {site}: open or closed not given{note}</translation>
    </message>
    <message>
        <source>Inställningen ”{key}” fick ett värde av fel slag.</source>
        <comment>settings.wrong_type</comment>
        <translation>The setting “{key}” was given a value of the wrong type.</translation>
    </message>
    <message>
        <source>Okänt värde ”{value}” (finns: {choices}).</source>
        <comment>settings.not_a_choice</comment>
        <translation>Unknown value “{value}” (available: {choices}).</translation>
    </message>
    <message>
        <source>Det finns ingen inställning som heter ”{key}”.</source>
        <comment>settings.unknown</comment>
        <translation>There is no setting called “{key}”.</translation>
    </message>
    <message>
        <source>Filen {path} är inte en databas för Vänskapshuset.</source>
        <comment>store.not_our_database</comment>
        <translation>The file {path} is not a Vänskapshuset database.</translation>
    </message>
    <message>
        <source>Databasen har skrivits av en nyare version av Vänskapshuset (schema {revision}); installera den nya versionen på den här datorn.</source>
        <comment>store.newer_schema</comment>
        <translation>The database was written by a newer version of Vänskapshuset (schema {revision}); install the new version on this computer.</translation>
    </message>
    <message numerus="yes">
        <source>Uppgraderingen av databasen avbröts: den skulle ha lämnat %n trasiga hänvisningar. Inget har ändrats.</source>
        <comment>store.upgrade_would_break</comment>
        <translation>
            <numerusform>The database upgrade was cancelled: it would have left %n broken reference. Nothing has been changed.</numerusform>
            <numerusform>The database upgrade was cancelled: it would have left %n broken references. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Den här datorn är inte med i något lag ännu: skapa ett lag eller gå med med lagkoden först.</source>
        <comment>sync.team.not_in_team</comment>
        <translation>This computer is not in a team yet: create a team or join one with the team code first.</translation>
    </message>
    <message>
        <source>Den här datorn är redan med i ett lag; dess lagkod finns på sidan Synk.</source>
        <comment>sync.team.already_in_team</comment>
        <translation>This computer is already in a team; its team code is on the Sync page.</translation>
    </message>
    <message>
        <source>Den här datorn är redan med i ett annat lag; lämna det först (sidan Synk).</source>
        <comment>sync.team.in_other_team</comment>
        <translation>This computer is already in another team; leave it first (Sync page).</translation>
    </message>
    <message>
        <source>Lagkoden innehåller tecken som inte finns i koder: {characters}.</source>
        <comment>sync.code.wrong_characters</comment>
        <translation>The team code contains characters that are not used in codes: {characters}.</translation>
    </message>
    <message numerus="yes">
        <source>Lagkoden ska ha {expected} tecken (utan bindestreck), men har %n.</source>
        <comment>sync.code.length</comment>
        <translation>
            <numerusform>The team code should have {expected} characters (without hyphens), but has %n.</numerusform>
            <numerusform>The team code should have {expected} characters (without hyphens), but has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lagkoden är felskriven; kontrollera den tecken för tecken.</source>
        <comment>sync.code.mistyped</comment>
        <translation>The team code is mistyped; check it character by character.</translation>
    </message>
    <message>
        <source>Välj först en mapp att synka genom.</source>
        <comment>sync.folder.none_chosen</comment>
        <translation>First choose a folder to sync through.</translation>
    </message>
    <message>
        <source>Mappen ”{folder}” finns inte (är minnet eller nätverket anslutet?).</source>
        <comment>sync.folder.missing</comment>
        <translation>The folder “{folder}” does not exist (is the memory stick or network connected?).</translation>
    </message>
    <message>
        <source>”{path}” är en mapp, inte en synkfil.</source>
        <comment>sync.file.is_folder</comment>
        <translation>“{path}” is a folder, not a sync file.</translation>
    </message>
    <message>
        <source>Filen ”{path}” finns inte.</source>
        <comment>sync.file.missing</comment>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <source>Filen ”{path}” får inte läsas (behörighet saknas).</source>
        <comment>sync.file.not_permitted</comment>
        <translation>The file “{path}” may not be read (no permission).</translation>
    </message>
    <message>
        <source>Kunde inte läsa ”{path}”: {reason}.</source>
        <comment>sync.file.read_failed</comment>
        <translation>Could not read “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>”{file}” är ingen vanlig fil (en länk, en kö eller en enhet) och lästes inte.</source>
        <comment>sync.file.not_regular</comment>
        <translation>“{file}” is not a regular file (a link, a pipe or a device) and was not read.</translation>
    </message>
    <message>
        <source>”{file}” är för stor för att vara en synkfil ({size}; högst {limit}).</source>
        <comment>sync.file.too_big</comment>
        <translation>“{file}” is too large to be a sync file ({size}; at most {limit}).</translation>
    </message>
    <message>
        <source>”{file}” är för stor för att vara en synkfil (mer än {limit}).</source>
        <comment>sync.file.over_limit</comment>
        <translation>“{file}” is too large to be a sync file (more than {limit}).</translation>
    </message>
    <message>
        <source>{number} MB</source>
        <comment>sync.size.mb</comment>
        <translation>{number} MB</translation>
    </message>
    <message>
        <source>{number} kB</source>
        <comment>sync.size.kb</comment>
        <translation>{number} kB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte</source>
        <comment>sync.size.bytes</comment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>”{file}” är gjord av en nyare version av Vänskapshuset; uppdatera programmet på den här datorn först.</source>
        <comment>sync.bundle.newer</comment>
        <translation>“{file}” was made by a newer version of Vänskapshuset; update the program on this computer first.</translation>
    </message>
    <message>
        <source>”{file}” är ofullständig: filen slutar för tidigt (kopieras den fortfarande?).</source>
        <comment>sync.bundle.incomplete</comment>
        <translation>“{file}” is incomplete: the file ends too early (is it still being copied?).</translation>
    </message>
    <message>
        <source>”{file}” är ingen synkfil från Vänskapshuset.</source>
        <comment>sync.bundle.not_a_bundle</comment>
        <translation>“{file}” is not a Vänskapshuset sync file.</translation>
    </message>
    <message>
        <source>”{file}” kommer från ett annat lag än den här datorns; den kan inte läsas in.</source>
        <comment>sync.bundle.other_team</comment>
        <translation>“{file}” comes from a different team from this computer’s; it cannot be imported.</translation>
    </message>
    <message>
        <source>”{file}” har ändrats eller skadats efter att den skrevs; den kan inte läsas in.</source>
        <comment>sync.bundle.changed</comment>
        <translation>“{file}” has been changed or damaged since it was written; it cannot be imported.</translation>
    </message>
    <message>
        <source>”{file}” är skadad; inget lästes in.</source>
        <comment>sync.bundle.broken</comment>
        <translation>“{file}” is damaged; nothing was imported.</translation>
    </message>
    <message>
        <source>”{file}” innehåller oväntade delar ({parts}); inget lästes in.</source>
        <comment>sync.bundle.unexpected_parts</comment>
        <translation>“{file}” contains unexpected parts ({parts}); nothing was imported.</translation>
    </message>
    <message>
        <source>”{file}” innehåller oväntade delar (dubbletter); inget lästes in.</source>
        <comment>sync.bundle.duplicate_parts</comment>
        <translation>“{file}” contains unexpected parts (duplicates); nothing was imported.</translation>
    </message>
    <message>
        <source>”{file}” är för stor uppackad för att vara en synkfil; inget lästes in.</source>
        <comment>sync.bundle.too_big_unpacked</comment>
        <translation>“{file}” is too large when unpacked to be a sync file; nothing was imported.</translation>
    </message>
    <message>
        <source>”{file}” innehåller felaktiga uppgifter ({part}); inget lästes in.</source>
        <comment>sync.bundle.damaged</comment>
        <translation>“{file}” contains invalid data ({part}); nothing was imported.</translation>
    </message>
    <message>
        <source>Synkfilen ”{file}” från ”{device}” innehåller felaktiga uppgifter ({part}); inget lästes in.</source>
        <comment>sync.bundle.damaged_from</comment>
        <translation>The sync file “{file}” from “{device}” contains invalid data ({part}); nothing was imported.</translation>
    </message>
    <message>
        <source>Synkfilen ”{file}” från ”{device}” har ett ogiltigt värde i {table}, fältet {field}; inget lästes in.</source>
        <comment>sync.bundle.invalid_value</comment>
        <translation>The sync file “{file}” from “{device}” has an invalid value in {table}, field {field}; nothing was imported.</translation>
    </message>
    <message>
        <source>”{file}” hänvisar till uppgifter som varken finns i filen eller på den här datorn; inget lästes in.</source>
        <comment>sync.bundle.unknown_references</comment>
        <translation>“{file}” refers to data that is neither in the file nor on this computer; nothing was imported.</translation>
    </message>
    <message>
        <source>”{file}” kan inte läsas in: den är skriven {written} enligt datorn ”{device}”, mer än ett dygn efter den här datorns klocka; kontrollera datum och tid på båda datorerna och synka igen.</source>
        <comment>sync.bundle.clock_ahead</comment>
        <translation>“{file}” cannot be imported: according to the computer “{device}” it was written {written}, more than a day ahead of this computer’s clock; check the date and time on both computers and sync again.</translation>
    </message>
    <message>
        <source>”{file}” är inte den synkfil namnet säger; den lästes inte in.</source>
        <comment>sync.bundle.not_the_named_file</comment>
        <translation>“{file}” is not the sync file its name says; it was not imported.</translation>
    </message>
    <message>
        <source>Det finns inte plats på disken för att läsa in ”{file}”; inget lästes in. Frigör utrymme och synka igen.</source>
        <comment>sync.import.no_room</comment>
        <translation>There is not enough room on the disk to import “{file}”; nothing was imported. Free up space and sync again.</translation>
    </message>
    <message>
        <source>”{file}” kunde inte läsas in; detaljer i loggen.</source>
        <comment>sync.import.unreadable</comment>
        <translation>“{file}” could not be imported; details in the log.</translation>
    </message>
    <message>
        <source>{table}: {field}</source>
        <comment>sync.part.field</comment>
        <translation>{table}: {field}</translation>
    </message>
    <message>
        <source>{table}: samma id två gånger</source>
        <comment>sync.part.same_id_twice</comment>
        <translation>{table}: same id twice</translation>
    </message>
    <message>
        <source>{table}: aktiviteten saknas</source>
        <comment>sync.part.activity_missing</comment>
        <translation>{table}: the activity is missing</translation>
    </message>
    <message>
        <source>{table}: värde</source>
        <comment>sync.part.value</comment>
        <translation>{table}: value</translation>
    </message>
    <message>
        <source>{parts} saknas</source>
        <comment>sync.part.missing</comment>
        <translation>{parts} missing</translation>
    </message>
    <message>
        <source>antalen stämmer inte</source>
        <comment>sync.part.counts_differ</comment>
        <translation>the counts do not match</translation>
    </message>
    <message>
        <source>inställningar</source>
        <comment>sync.table.setting</comment>
        <translation>settings</translation>
    </message>
    <message>
        <source>åldersgrupper</source>
        <comment>sync.table.age_band</comment>
        <translation>age groups</translation>
    </message>
    <message>
        <source>platser</source>
        <comment>sync.table.site</comment>
        <translation>sites</translation>
    </message>
    <message>
        <source>ledare</source>
        <comment>sync.table.leader</comment>
        <translation>leaders</translation>
    </message>
    <message>
        <source>organisationer</source>
        <comment>sync.table.organisation</comment>
        <translation>organisations</translation>
    </message>
    <message>
        <source>aktivitetstyper</source>
        <comment>sync.table.activity_type</comment>
        <translation>activity types</translation>
    </message>
    <message>
        <source>säsonger</source>
        <comment>sync.table.season</comment>
        <translation>seasons</translation>
    </message>
    <message>
        <source>veckoaktiviteter</source>
        <comment>sync.table.activity_template</comment>
        <translation>weekly activities</translation>
    </message>
    <message>
        <source>dagböcker</source>
        <comment>sync.table.day_log</comment>
        <translation>day logs</translation>
    </message>
    <message>
        <source>aktiviteter</source>
        <comment>sync.table.activity</comment>
        <translation>activities</translation>
    </message>
    <message>
        <source>enkäter</source>
        <comment>sync.table.follow_up_survey</comment>
        <translation>surveys</translation>
    </message>
    <message>
        <source>samverkansinitiativ</source>
        <comment>sync.table.follow_up_initiative</comment>
        <translation>collaboration initiatives</translation>
    </message>
    <message>
        <source>deltagare</source>
        <comment>sync.table.activity_participant</comment>
        <translation>participants</translation>
    </message>
    <message>
        <source>samarbetspartner</source>
        <comment>sync.table.activity_partner</comment>
        <translation>partners</translation>
    </message>
    <message>
        <source>besök</source>
        <comment>sync.table.visit</comment>
        <translation>visits</translation>
    </message>
    <message>
        <source>sammanslagna namn</source>
        <comment>sync.table.record_alias</comment>
        <translation>merged names</translation>
    </message>
    <message>
        <source>ändringslogg</source>
        <comment>sync.table.audit_log</comment>
        <translation>change log</translation>
    </message>
    <message numerus="yes">
        <source>Datorns klocka gick tidigare fel: %n ändringar med för sent datum fick dagens tid.</source>
        <comment>sync.export.clock_repaired</comment>
        <translation>
            <numerusform>The computer’s clock was wrong earlier: %n change dated too late was given today’s time.</numerusform>
            <numerusform>The computer’s clock was wrong earlier: %n changes dated too late were given today’s time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Med i laget som ”{device}”.</source>
        <comment>sync.cli.joined</comment>
        <translation>Joined the team as “{device}”.</translation>
    </message>
    <message>
        <source>{file}: redan inläst tidigare, inget ändrat.</source>
        <comment>sync.cli.imported_before</comment>
        <translation>{file}: already imported before, nothing changed.</translation>
    </message>
    <message>
        <source>{file} från ”{device}”: {visits} nya besök, {records_new} nya och {records_updated} uppdaterade poster, {records_unchanged} oförändrade.</source>
        <comment>sync.cli.imported</comment>
        <translation>{file} from “{device}”: {visits} new visits, {records_new} new and {records_updated} updated records, {records_unchanged} unchanged.</translation>
    </message>
    <message>
        <source>{file} från ”{device}”: {visits} nya besök, {records_new} nya och {records_updated} uppdaterade poster, {records_unchanged} oförändrade; {conflicts} ändringar förlorade en konflikt (se sidan Synk).</source>
        <comment>sync.cli.imported_with_conflicts</comment>
        <translation>{file} from “{device}”: {visits} new visits, {records_new} new and {records_updated} updated records, {records_unchanged} unchanged; {conflicts} changes lost a conflict (see the Sync page).</translation>
    </message>
    <message>
        <source>Inget nytt att skriva: den här datorns filer i mappen är aktuella.</source>
        <comment>sync.cli.nothing_to_write</comment>
        <translation>Nothing new to write: this computer’s files in the folder are up to date.</translation>
    </message>
    <message>
        <source>Skrev {path}.</source>
        <comment>sync.cli.wrote</comment>
        <translation>Wrote {path}.</translation>
    </message>
    <message>
        <source>Skriv lagkoden från samordnarens dator.</source>
        <comment>sync.code_empty</comment>
        <translation>Type the team code from the coordinator&apos;s computer.</translation>
    </message>
    <message>
        <source>Datorns klocka visar {date}: ställ klockan rätt först.</source>
        <comment>visits.clock_wrong</comment>
        <translation>The computer’s clock shows {date}: set the clock correctly first.</translation>
    </message>
    <message>
        <source>Okänd åldersgrupp ”{band}”.</source>
        <comment>visits.unknown_age_band</comment>
        <translation>Unknown age group “{band}”.</translation>
    </message>
    <message>
        <source>Besöket som skulle ångras finns inte.</source>
        <comment>visits.undo_missing</comment>
        <translation>The visit to be undone does not exist.</translation>
    </message>
    <message>
        <source>Det besöket är redan ångrat.</source>
        <comment>visits.already_undone</comment>
        <translation>That visit has already been undone.</translation>
    </message>
    <message>
        <source>Dagen {day} har inte varit än.</source>
        <comment>visits.paper_day_ahead</comment>
        <translation>The day {day} has not happened yet.</translation>
    </message>
    <message>
        <source>Räknelistan är redan borttagen eller finns inte.</source>
        <comment>visits.paper_gone</comment>
        <translation>The paper tally has already been deleted or does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>%n besök sparade.</source>
        <comment>visits.saved</comment>
        <translation>
            <numerusform>%n visit saved.</numerusform>
            <numerusform>%n visits saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Markerade som nya (första gången i säsongen): {count}.</source>
        <comment>visits.new_saved</comment>
        <translation>Marked as new (first time this season): {count}.</translation>
    </message>
    <message>
        <source>Välj minst en plats.</source>
        <comment>setup.choose_a_site</comment>
        <translation>Choose at least one site.</translation>
    </message>
    <message>
        <source>Två platser har samma namn.</source>
        <comment>setup.sites_same_name</comment>
        <translation>Two sites have the same name.</translation>
    </message>
    <message numerus="yes">
        <source>Lösenordet måste ha minst %n tecken.</source>
        <comment>setup.password_too_short</comment>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programmet är redan inställt på den här datorn.</source>
        <comment>setup.already_set_up</comment>
        <translation>The program is already set up on this computer.</translation>
    </message>
    <message>
        <source>Datamappen {folder} går inte att skapa eller skriva i; välj en annan mapp med --data-dir.</source>
        <comment>setup.data_folder_unusable</comment>
        <translation>The data folder {folder} cannot be created or written to; choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>Anmälningslistan finns inte på språket ”{language}”; välj bland {known} (eller {swedish} för bara svenska).</source>
        <comment>setup.sheet_language_unknown</comment>
        <translation>The sign-up sheet is not available in the language “{language}”; choose from {known} (or {swedish} for Swedish only).</translation>
    </message>
    <message>
        <source>En text i dokumentet (ett namn, en titel eller en anteckning) är för lång för att få plats på en sida; korta den och försök igen.</source>
        <comment>report.text_too_long_for_page</comment>
        <translation>A text in the document (a name, a title or a note) is too long to fit on one page; shorten it and try again.</translation>
    </message>
    <message>
        <source>Diagrammen kunde inte ritas som bilder (ritverktyget rl_renderPM saknas i installationen); spara rapporten som PDF i stället.</source>
        <comment>report.charts_not_drawn</comment>
        <translation>The charts could not be drawn as pictures (the drawing tool rl_renderPM is missing from the installation); save the report as PDF instead.</translation>
    </message>
    <message>
        <source>Den här rapporten har inga diagram att spara som bilder; välj en säsong, ett år, en period eller en samarbetspartner.</source>
        <comment>report.no_charts</comment>
        <translation>This report has no charts to save as images; choose a season, a year, a period or a partner.</translation>
    </message>
    <message>
        <source>Datumet {date} ligger före {earliest}, det tidigaste som går.</source>
        <comment>date.too_early</comment>
        <translation>The date {date} is before {earliest}, the earliest date allowed.</translation>
    </message>
    <message>
        <source>Datumet {date} ligger efter {latest}, det senaste som går.</source>
        <comment>date.too_late</comment>
        <translation>The date {date} is after {latest}, the latest date allowed.</translation>
    </message>
    <message>
        <source>Datumet {date} ligger mer än ett år fram i tiden (senast {latest} går just nu).</source>
        <comment>date.too_far_ahead</comment>
        <translation>The date {date} is more than a year in the future (the latest allowed right now is {latest}).</translation>
    </message>
    <message>
        <source>Perioden slutar ({end}) före den börjar ({start}).</source>
        <comment>period.reversed</comment>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Tidszonen i tidpunkten {moment} finns inte (skillnaden mot UTC är −12:00 till +14:00).</source>
        <comment>moment.bad_offset</comment>
        <translation>The time zone in the time {moment} does not exist (the offset from UTC must be between −12:00 and +14:00).</translation>
    </message>
    <message>
        <source>Datumet ”{text}” ska skrivas som ÅÅÅÅ-MM-DD, t.ex. 2025-07-03.</source>
        <comment>date.bad_format</comment>
        <translation>The date “{text}” must be written as YYYY-MM-DD, e.g. 2025-07-03.</translation>
    </message>
    <message>
        <source>Klockslaget ”{text}” ska skrivas som tt:mm, t.ex. 15:30.</source>
        <comment>time.bad_format</comment>
        <translation>The time “{text}” must be written as hh:mm, e.g. 15:30.</translation>
    </message>
    <message>
        <source>Tidpunkten ”{text}” ska skrivas som ÅÅÅÅ-MM-DDTtt:mm, t.ex. 2025-07-03T14:30.</source>
        <comment>moment.bad_format</comment>
        <translation>The date and time “{text}” must be written as YYYY-MM-DDThh:mm, e.g. 2025-07-03T14:30.</translation>
    </message>
    <message>
        <source>Klockslaget {time} den {date} finns inte i svensk tid (klockan ställdes fram).</source>
        <comment>moment.skipped_hour</comment>
        <translation>The time {time} on {date} does not exist in Swedish time (the clocks were put forward).</translation>
    </message>
    <message>
        <source>Aktiviteten slutar ({end}) innan den börjar ({start}).</source>
        <comment>time_span.activity</comment>
        <translation>The activity ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Mallen slutar innan den börjar.</source>
        <comment>time_span.template</comment>
        <translation>The template ends before it starts.</translation>
    </message>
    <message>
        <source>Stängningstiden måste vara efter öppningstiden.</source>
        <comment>time_span.day_log</comment>
        <translation>The closing time must be after the opening time.</translation>
    </message>
    <message>
        <source>Antalet besök måste vara minst {low}.</source>
        <comment>number.visits_at_once.too_low</comment>
        <translation>The number of visits must be at least {low}.</translation>
    </message>
    <message numerus="yes">
        <source>Högst %n besök kan läggas till på en gång.</source>
        <comment>number.visits_at_once.too_high</comment>
        <translation>
            <numerusform>At most %n visit can be added at once.</numerusform>
            <numerusform>At most %n visits can be added at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Antalet deltagare kan inte vara negativt.</source>
        <comment>number.participants_per_cell.too_low</comment>
        <translation>The number of participants cannot be negative.</translation>
    </message>
    <message numerus="yes">
        <source>Högst %n deltagare per kön och åldersgrupp kan anges.</source>
        <comment>number.participants_per_cell.too_high</comment>
        <translation>
            <numerusform>At most %n participant can be entered per gender and age group.</numerusform>
            <numerusform>At most %n participants can be entered per gender and age group.</numerusform>
        </translation>
    </message>
    <message>
        <source>Antalet ledare kan inte vara negativt.</source>
        <comment>number.leaders.too_low</comment>
        <translation>The number of leaders cannot be negative.</translation>
    </message>
    <message>
        <source>Antalet ledare får vara högst {high}.</source>
        <comment>number.leaders.too_high</comment>
        <translation>The number of leaders can be at most {high}.</translation>
    </message>
    <message>
        <source>Antalet besök kan inte vara negativt.</source>
        <comment>number.paper_per_cell.too_low</comment>
        <translation>The number of visits cannot be negative.</translation>
    </message>
    <message numerus="yes">
        <source>Högst %n besök per ruta kan skrivas in från en räknelista.</source>
        <comment>number.paper_per_cell.too_high</comment>
        <translation>
            <numerusform>At most %n visit per box can be entered from a paper tally.</numerusform>
            <numerusform>At most %n visits per box can be entered from a paper tally.</numerusform>
        </translation>
    </message>
    <message>
        <source>Räknelistan har inga besök att skriva in.</source>
        <comment>number.paper_per_sheet.too_low</comment>
        <translation>The paper tally has no visits to enter.</translation>
    </message>
    <message numerus="yes">
        <source>Högst %n besök kan skrivas in från en räknelista.</source>
        <comment>number.paper_per_sheet.too_high</comment>
        <translation>
            <numerusform>At most %n visit can be entered from a paper tally.</numerusform>
            <numerusform>At most %n visits can be entered from a paper tally.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sparandetiden ska vara {low}–%n dagar.</source>
        <comment>number.retention_days</comment>
        <translation>
            <numerusform>The retention period must be {low}–%n days.</numerusform>
            <numerusform>The retention period must be {low}–%n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Åldern måste vara mellan {low} och %n år.</source>
        <comment>number.signup_age</comment>
        <translation>
            <numerusform>The age must be between {low} and %n years.</numerusform>
            <numerusform>The age must be between {low} and %n years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>En åldersgrupp kan inte börja under %n år.</source>
        <comment>number.band_age.too_low</comment>
        <translation>
            <numerusform>An age group cannot start below %n year.</numerusform>
            <numerusform>An age group cannot start below %n years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>En åldersgrupp kan inte gå över %n år.</source>
        <comment>number.band_age.too_high</comment>
        <translation>
            <numerusform>An age group cannot go above %n year.</numerusform>
            <numerusform>An age group cannot go above %n years.</numerusform>
        </translation>
    </message>
    <message>
        <source>Veckodagen måste vara måndag till söndag.</source>
        <comment>number.weekday</comment>
        <translation>The weekday must be Monday to Sunday.</translation>
    </message>
    <message>
        <source>Året ligger utanför {low}–{high}.</source>
        <comment>number.report_year</comment>
        <translation>The year is outside {low}–{high}.</translation>
    </message>
    <message>
        <source>Demodata behöver minst ett år.</source>
        <comment>number.demo_years.too_low</comment>
        <translation>Demo data needs at least one year.</translation>
    </message>
    <message numerus="yes">
        <source>Demodata kan fyllas i för högst %n år.</source>
        <comment>number.demo_years.too_high</comment>
        <translation>
            <numerusform>Demo data can be filled in for at most %n year.</numerusform>
            <numerusform>Demo data can be filled in for at most %n years.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demodata behöver minst tre platser.</source>
        <comment>number.demo_sites.too_low</comment>
        <translation>Demo data needs at least three sites.</translation>
    </message>
    <message numerus="yes">
        <source>Demodata kan fyllas i för högst %n platser.</source>
        <comment>number.demo_sites.too_high</comment>
        <translation>
            <numerusform>Demo data can be filled in for at most %n site.</numerusform>
            <numerusform>Demo data can be filled in for at most %n sites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Talet är för litet för databasen.</source>
        <comment>number.stored_integer.too_low</comment>
        <translation>The number is too small for the database.</translation>
    </message>
    <message>
        <source>Talet är för stort för databasen.</source>
        <comment>number.stored_integer.too_high</comment>
        <translation>The number is too large for the database.</translation>
    </message>
    <message numerus="yes">
        <source>{what} får vara högst %n tecken (nu {length}).</source>
        <comment>text.too_long</comment>
        <translation>
            <numerusform>{what} can be at most %n character long (now {length}).</numerusform>
            <numerusform>{what} can be at most %n characters long (now {length}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} ska stå på en rad, utan radbrytningar och tabbar.</source>
        <comment>text.one_line</comment>
        <translation>{what} must fit on one line, without line breaks or tabs.</translation>
    </message>
    <message>
        <source>{what} innehåller ett osynligt styrtecken ({character}) som inte får finnas i text.</source>
        <comment>text.control_character</comment>
        <translation>{what} contains an invisible control character ({character}) that is not allowed in text.</translation>
    </message>
    <message>
        <source>”{phone}” är inget telefonnummer (skriv t.ex. 070-123 45 67).</source>
        <comment>text.phone_invalid</comment>
        <translation>“{phone}” is not a phone number (write it like 070-123 45 67).</translation>
    </message>
    <message>
        <source>Platsens namn</source>
        <comment>text.subject.site_name</comment>
        <translation>The site&apos;s name</translation>
    </message>
    <message>
        <source>Säsongens namn</source>
        <comment>text.subject.season_name</comment>
        <translation>The season&apos;s name</translation>
    </message>
    <message>
        <source>Aktivitetstypens namn</source>
        <comment>text.subject.activity_type_name</comment>
        <translation>The activity type&apos;s name</translation>
    </message>
    <message>
        <source>Ledarens namn</source>
        <comment>text.subject.leader_name</comment>
        <translation>The leader&apos;s name</translation>
    </message>
    <message>
        <source>Organisationens namn</source>
        <comment>text.subject.organisation_name</comment>
        <translation>The organisation&apos;s name</translation>
    </message>
    <message>
        <source>Titeln</source>
        <comment>text.subject.activity_title</comment>
        <translation>The title</translation>
    </message>
    <message>
        <source>Mallens titel</source>
        <comment>text.subject.template_title</comment>
        <translation>The template&apos;s title</translation>
    </message>
    <message>
        <source>Anteckningen</source>
        <comment>text.subject.note</comment>
        <translation>The note</translation>
    </message>
    <message>
        <source>Datorns namn</source>
        <comment>text.subject.device_name</comment>
        <translation>The computer&apos;s name</translation>
    </message>
    <message>
        <source>Användarens namn</source>
        <comment>text.subject.actor</comment>
        <translation>The user&apos;s name</translation>
    </message>
    <message>
        <source>Åldersgruppen</source>
        <comment>text.subject.age_band_code</comment>
        <translation>The age group</translation>
    </message>
    <message>
        <source>Organisationens namn på rapporterna</source>
        <comment>text.subject.report_organisation</comment>
        <translation>The organisation&apos;s name on the reports</translation>
    </message>
    <message>
        <source>Samtyckestexten</source>
        <comment>text.subject.consent_text</comment>
        <translation>The consent text</translation>
    </message>
    <message>
        <source>Barnets namn</source>
        <comment>text.subject.child_name</comment>
        <translation>The child&apos;s name</translation>
    </message>
    <message>
        <source>Vårdnadshavarens namn</source>
        <comment>text.subject.guardian_name</comment>
        <translation>The guardian&apos;s name</translation>
    </message>
    <message>
        <source>Samlingsplatsen</source>
        <comment>text.subject.meeting_point</comment>
        <translation>The meeting point</translation>
    </message>
    <message>
        <source>Ansvarig ledare</source>
        <comment>text.subject.sheet_leader</comment>
        <translation>The leader in charge</translation>
    </message>
    <message>
        <source>Ledarens telefon</source>
        <comment>text.subject.sheet_phone</comment>
        <translation>The leader&apos;s phone number</translation>
    </message>
    <message>
        <source>Ta med</source>
        <comment>text.subject.bring</comment>
        <translation>“What to bring”</translation>
    </message>
    <message>
        <source>Telefonnumret</source>
        <comment>text.subject.phone</comment>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>Platsen måste ha ett namn.</source>
        <comment>text.empty.site_name</comment>
        <translation>The site must have a name.</translation>
    </message>
    <message>
        <source>Säsongen måste ha ett namn.</source>
        <comment>text.empty.season_name</comment>
        <translation>The season must have a name.</translation>
    </message>
    <message>
        <source>Aktivitetstypen måste ha ett namn.</source>
        <comment>text.empty.activity_type_name</comment>
        <translation>The activity type must have a name.</translation>
    </message>
    <message>
        <source>Ledaren måste ha ett namn.</source>
        <comment>text.empty.leader_name</comment>
        <translation>The leader must have a name.</translation>
    </message>
    <message>
        <source>Organisationen måste ha ett namn.</source>
        <comment>text.empty.organisation_name</comment>
        <translation>The organisation must have a name.</translation>
    </message>
    <message>
        <source>Aktiviteten måste ha en titel.</source>
        <comment>text.empty.activity_title</comment>
        <translation>The activity must have a title.</translation>
    </message>
    <message>
        <source>Mallen måste ha en titel.</source>
        <comment>text.empty.template_title</comment>
        <translation>The template must have a title.</translation>
    </message>
    <message>
        <source>Datorn måste ha ett namn.</source>
        <comment>text.empty.device_name</comment>
        <translation>The computer must have a name.</translation>
    </message>
    <message>
        <source>Åldersgruppen måste ha ett namn.</source>
        <comment>text.empty.age_band_code</comment>
        <translation>The age group must have a name.</translation>
    </message>
    <message>
        <source>Organisationens namn på rapporterna kan inte vara tomt.</source>
        <comment>text.empty.report_organisation</comment>
        <translation>The organisation&apos;s name on the reports cannot be empty.</translation>
    </message>
    <message>
        <source>Samtyckestexten kan inte vara tom.</source>
        <comment>text.empty.consent_text</comment>
        <translation>The consent text cannot be empty.</translation>
    </message>
    <message>
        <source>Skriv barnets namn.</source>
        <comment>text.empty.child_name</comment>
        <translation>Enter the child&apos;s name.</translation>
    </message>
    <message>
        <source>Åldersgruppen ”{code}” ska skrivas som t.ex. ”7-9” eller ”26+”.</source>
        <comment>age_band.bad_format</comment>
        <translation>The age group “{code}” must be written like “7-9” or “26+”.</translation>
    </message>
    <message>
        <source>Åldersgruppen ”{code}” slutar före den börjar.</source>
        <comment>age_band.ends_before_start</comment>
        <translation>The age group “{code}” ends before it starts.</translation>
    </message>
    <message>
        <source>Det måste finnas minst en åldersgrupp.</source>
        <comment>age_band.none</comment>
        <translation>There must be at least one age group.</translation>
    </message>
    <message>
        <source>Två åldersgrupper har samma namn.</source>
        <comment>age_band.same_name</comment>
        <translation>Two age groups have the same name.</translation>
    </message>
    <message>
        <source>Åldersgrupperna ”{earlier}” och ”{later}” överlappar varandra.</source>
        <comment>age_band.overlap</comment>
        <translation>The age groups “{earlier}” and “{later}” overlap.</translation>
    </message>
    <message>
        <source>Okänd åldersgrupp ”{code}” (finns: {known}).</source>
        <comment>age_band.unknown</comment>
        <translation>Unknown age group “{code}” (available: {known}).</translation>
    </message>
    <message>
        <source>Deltagarna ”{text}” ska skrivas som kön:åldersgrupp=antal, t.ex. girl:7-9=3.</source>
        <comment>participants.bad_format</comment>
        <translation>The participants “{text}” must be written as gender:age group=number, e.g. girl:7-9=3.</translation>
    </message>
    <message>
        <source>Antalet deltagare kan inte vara negativt (”{text}”).</source>
        <comment>participants.negative</comment>
        <translation>The number of participants cannot be negative (“{text}”).</translation>
    </message>
    <message>
        <source>Okänt värde för {what}: ”{value}” (tillåtna: {allowed}).</source>
        <comment>choice.unknown</comment>
        <translation>Unknown value for {what}: “{value}” (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>kön</source>
        <comment>choice.what.gender</comment>
        <translation>gender</translation>
    </message>
    <message>
        <source>platstyp</source>
        <comment>choice.what.site_kind</comment>
        <translation>site type</translation>
    </message>
    <message>
        <source>roll</source>
        <comment>choice.what.role</comment>
        <translation>role</translation>
    </message>
    <message>
        <source>organisationstyp</source>
        <comment>choice.what.organisation_kind</comment>
        <translation>organisation type</translation>
    </message>
    <message>
        <source>verksamhetsområde</source>
        <comment>choice.what.area</comment>
        <translation>area of work</translation>
    </message>
    <message>
        <source>%(prog)s: fel: %(message)s
</source>
        <comment>cli.help.prog_s_fel_message_s</comment>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>AKTÖR</source>
        <comment>cli.help.aktor</comment>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>ANTAL</source>
        <comment>cli.help.antal</comment>
        <translation>COUNT</translation>
    </message>
    <message>
        <source>Användning: </source>
        <comment>cli.help.anvandning</comment>
        <translation>Usage: </translation>
    </message>
    <message>
        <source>DATUM</source>
        <comment>cli.help.datum</comment>
        <translation>DATE</translation>
    </message>
    <message>
        <source>DELTAGARE</source>
        <comment>cli.help.deltagare</comment>
        <translation>PARTICIPANTS</translation>
    </message>
    <message>
        <source>Datamappen är --data-dir, annars miljövariabeln VANSKAPSHUSET_DATA_DIR, annars användarens datamapp. Ett fel skrivs som en mening och ger slutkoden 2. Kön: girl, boy, other, unknown. Datum: ÅÅÅÅ-MM-DD. Tid: TT:MM.</source>
        <comment>cli.help.datamappen_ar_data_dir_annars_miljovaria</comment>
        <translation>The data folder is --data-dir, otherwise the environment variable VANSKAPSHUSET_DATA_DIR, otherwise the user&apos;s data folder. An error is printed as one sentence and gives exit status 2. Gender: girl, boy, other, unknown. Date: YYYY-MM-DD. Time: HH:MM.</translation>
    </message>
    <message>
        <source>FIL</source>
        <comment>cli.help.fil</comment>
        <translation>FILE</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>cli.help.id</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>KOMMANDO</source>
        <comment>cli.help.kommando</comment>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>KÖN</source>
        <comment>cli.help.kon</comment>
        <translation>GENDER</translation>
    </message>
    <message>
        <source>LAGKOD</source>
        <comment>cli.help.lagkod</comment>
        <translation>TEAMCODE</translation>
    </message>
    <message>
        <source>MAPP</source>
        <comment>cli.help.mapp</comment>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>NAMN</source>
        <comment>cli.help.namn</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>OMRÅDE</source>
        <comment>cli.help.omrade</comment>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>PDF-filen att skriva</source>
        <comment>cli.help.pdf_filen_att_skriva</comment>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>PLATS</source>
        <comment>cli.help.plats</comment>
        <translation>SITE</translation>
    </message>
    <message>
        <source>RUBRIK</source>
        <comment>cli.help.rubrik</comment>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>SLAG</source>
        <comment>cli.help.slag</comment>
        <translation>KIND</translation>
    </message>
    <message>
        <source>SPRÅK</source>
        <comment>cli.help.sprak</comment>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>SÄSONG</source>
        <comment>cli.help.sasong</comment>
        <translation>SEASON</translation>
    </message>
    <message>
        <source>TAL</source>
        <comment>cli.help.tal</comment>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>TELEFON</source>
        <comment>cli.help.telefon</comment>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>cli.help.text</comment>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>TID</source>
        <comment>cli.help.tid</comment>
        <translation>TIME</translation>
    </message>
    <message>
        <source>TIDPUNKT</source>
        <comment>cli.help.tidpunkt</comment>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>TT:MM-TT:MM</source>
        <comment>cli.help.tt_mm_tt_mm</comment>
        <translation>HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>TYP</source>
        <comment>cli.help.typ</comment>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>VÄRDE</source>
        <comment>cli.help.varde</comment>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Vänskapshuset: räkna besök vid dörren, registrera aktiviteter och ta fram rapporterna. Utan kommando öppnas fönstret.</source>
        <comment>cli.help.vanskapshuset_rakna_besok_vid_dorren_reg</comment>
        <translation>Vänskapshuset: count visits at the door, register activities and produce the reports. Without a command, the window opens.</translation>
    </message>
    <message>
        <source>aktivitetens id</source>
        <comment>cli.help.aktivitetens_id</comment>
        <translation>the activity&apos;s id</translation>
    </message>
    <message>
        <source>aktivitetens id (se activity list)</source>
        <comment>cli.help.aktivitetens_id_se_activity_list</comment>
        <translation>the activity&apos;s id (see activity list)</translation>
    </message>
    <message>
        <source>aktivitetens rubrik</source>
        <comment>cli.help.aktivitetens_rubrik</comment>
        <translation>the activity&apos;s title</translation>
    </message>
    <message>
        <source>aktiviteter</source>
        <comment>cli.help.aktiviteter</comment>
        <translation>activities</translation>
    </message>
    <message>
        <source>aktivitetstypens namn</source>
        <comment>cli.help.aktivitetstypens_namn</comment>
        <translation>the activity type&apos;s name</translation>
    </message>
    <message>
        <source>aktörens namn</source>
        <comment>cli.help.aktorens_namn</comment>
        <translation>the organisation&apos;s name</translation>
    </message>
    <message>
        <source>aktörer och föreningar</source>
        <comment>cli.help.aktorer_och_foreningar</comment>
        <translation>organisations and associations</translation>
    </message>
    <message>
        <source>alla platser</source>
        <comment>cli.help.alla_platser</comment>
        <translation>all sites</translation>
    </message>
    <message>
        <source>alla rader för en period, för egna kalkyler</source>
        <comment>cli.help.alla_rader_for_en_period_for_egna_kalkyl</comment>
        <translation>all rows for a period, for your own calculations</translation>
    </message>
    <message>
        <source>andra som deltog, i ord (t.ex. boende i området)</source>
        <comment>cli.help.andra_som_deltog_i_ord_t_ex_boende_i_omr</comment>
        <translation>others who took part, in words (e.g. residents of the area)</translation>
    </message>
    <message>
        <source>anmälningslista för en utflykt</source>
        <comment>cli.help.anmalningslista_for_en_utflykt</comment>
        <translation>sign-up sheet for an excursion</translation>
    </message>
    <message>
        <source>annars den första platsen med en dörr</source>
        <comment>cli.help.annars_den_forsta_platsen_med_en_dorr</comment>
        <translation>otherwise the first site with a door</translation>
    </message>
    <message>
        <source>ansvarig ledare</source>
        <comment>cli.help.ansvarig_ledare</comment>
        <translation>leader in charge</translation>
    </message>
    <message>
        <source>antal besök (1 om inget anges)</source>
        <comment>cli.help.antal_besok_1_om_inget_anges</comment>
        <translation>number of visits (1 if not given)</translation>
    </message>
    <message>
        <source>antal ledare</source>
        <comment>cli.help.antal_ledare</comment>
        <translation>number of leaders</translation>
    </message>
    <message>
        <source>antal platser (3 eller fler)</source>
        <comment>cli.help.antal_platser_3_eller_fler</comment>
        <translation>number of sites (3 or more)</translation>
    </message>
    <message>
        <source>antal år bakåt från --year</source>
        <comment>cli.help.antal_ar_bakat_fran_year</comment>
        <translation>number of years back from --year</translation>
    </message>
    <message>
        <source>anteckning</source>
        <comment>cli.help.anteckning</comment>
        <translation>note</translation>
    </message>
    <message>
        <source>argument</source>
        <comment>cli.help.argument</comment>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>argumentet %(argument_name)s: %(message)s</source>
        <comment>cli.help.argumentet_argument_name_s_message_s</comment>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>arrangerande aktör</source>
        <comment>cli.help.arrangerande_aktor</comment>
        <translation>organising organisation</translation>
    </message>
    <message>
        <source>association, non_profit, municipal, informal_group, business eller academia</source>
        <comment>cli.help.association_non_profit_municipal_informa</comment>
        <translation>association, non_profit, municipal, informal_group, business or academia</translation>
    </message>
    <message>
        <source>bara den här platsen</source>
        <comment>cli.help.bara_den_har_platsen</comment>
        <translation>only this site</translation>
    </message>
    <message>
        <source>bara den här platsen (annars säsongens egna platser)</source>
        <comment>cli.help.bara_den_har_platsen_annars_sasongens_eg</comment>
        <translation>only this site (otherwise the season&apos;s own sites)</translation>
    </message>
    <message>
        <source>besök</source>
        <comment>cli.help.besok</comment>
        <translation>visits</translation>
    </message>
    <message>
        <source>besökaren är här för första gången i säsongen</source>
        <comment>cli.help.besokaren_ar_har_for_forsta_gangen_i_sas</comment>
        <translation>the visitor is here for the first time this season</translation>
    </message>
    <message>
        <source>dagboken: öppet eller stängt, öppettider och anteckning</source>
        <comment>cli.help.dagboken_oppet_eller_stangt_oppettider_o</comment>
        <translation>the day log: open or closed, opening hours and note</translation>
    </message>
    <message>
        <source>dagen (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.dagen_aaaa_mm_dd</comment>
        <translation>the day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>dagen enkäten gjordes (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.dagen_enkaten_gjordes_aaaa_mm_dd</comment>
        <translation>the day the survey was held (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>dagens anteckning</source>
        <comment>cli.help.dagens_anteckning</comment>
        <translation>the day&apos;s note</translation>
    </message>
    <message>
        <source>de här argumenten behövs: %s</source>
        <comment>cli.help.de_har_argumenten_behovs_s</comment>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>deltagare, t.ex. girl:7-9=3,boy:10-13=2</source>
        <comment>cli.help.deltagare_t_ex_girl_7_9_3_boy_10_13_2</comment>
        <translation>participants, e.g. girl:7-9=3,boy:10-13=2</translation>
    </message>
    <message>
        <source>den delade mappen</source>
        <comment>cli.help.den_delade_mappen</comment>
        <translation>the shared folder</translation>
    </message>
    <message>
        <source>den här datorns namn i laget</source>
        <comment>cli.help.den_har_datorns_namn_i_laget</comment>
        <translation>this computer&apos;s name in the team</translation>
    </message>
    <message>
        <source>det sista året</source>
        <comment>cli.help.det_sista_aret</comment>
        <translation>the last year</translation>
    </message>
    <message>
        <source>en aktör ur registret som deltog (kan anges flera gånger)</source>
        <comment>cli.help.en_aktor_ur_registret_som_deltog_kan_ang</comment>
        <translation>an organisation from the register that took part (can be given several times)</translation>
    </message>
    <message>
        <source>en andra mapp (t.ex. ett USB-minne)</source>
        <comment>cli.help.en_andra_mapp_t_ex_ett_usb_minne</comment>
        <translation>a second folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>en dags rapport</source>
        <comment>cli.help.en_dags_rapport</comment>
        <translation>report for one day</translation>
    </message>
    <message>
        <source>en kort anteckning</source>
        <comment>cli.help.en_kort_anteckning</comment>
        <translation>a short note</translation>
    </message>
    <message>
        <source>en kort sammanfattning</source>
        <comment>cli.help.en_kort_sammanfattning</comment>
        <translation>a short summary</translation>
    </message>
    <message>
        <source>en period du väljer</source>
        <comment>cli.help.en_period_du_valjer</comment>
        <translation>a period of your choice</translation>
    </message>
    <message>
        <source>en plats där säsongen pågår (kan anges flera gånger; ersätter platserna)</source>
        <comment>cli.help.en_plats_dar_sasongen_pagar_kan_anges_fl</comment>
        <translation>a site where the season takes place (can be given several times; replaces the sites)</translation>
    </message>
    <message>
        <source>en plats där säsongen pågår (kan anges flera gånger; ingen: alla platser)</source>
        <comment>cli.help.en_plats_dar_sasongen_pagar_kan_anges_fl_</comment>
        <translation>a site where the season takes place (can be given several times; none: all sites)</translation>
    </message>
    <message>
        <source>en samverkanspartner ur registret (kan anges flera gånger)</source>
        <comment>cli.help.en_samverkanspartner_ur_registret_kan_an</comment>
        <translation>a collaboration partner from the register (can be given several times)</translation>
    </message>
    <message>
        <source>en säkerhetskopias namn (se backup list) eller sökvägen till en fil</source>
        <comment>cli.help.en_sakerhetskopias_namn_se_backup_list_e</comment>
        <translation>a backup&apos;s name (see backup list) or the path to a file</translation>
    </message>
    <message>
        <source>en tom lista att fylla i</source>
        <comment>cli.help.en_tom_lista_att_fylla_i</comment>
        <translation>an empty sheet to fill in</translation>
    </message>
    <message>
        <source>enkätens id (se followup list)</source>
        <comment>cli.help.enkatens_id_se_followup_list</comment>
        <translation>the survey&apos;s id (see followup list)</translation>
    </message>
    <message>
        <source>enkäter och samtal med aktörer</source>
        <comment>cli.help.enkater_och_samtal_med_aktorer</comment>
        <translation>surveys and conversations with organisations</translation>
    </message>
    <message>
        <source>ett av argumenten %s behövs</source>
        <comment>cli.help.ett_av_argumenten_s_behovs</comment>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>ett språk till bredvid svenskan, t.ex. ar (arabiska), so (somaliska) eller en (engelska); annars bara svenska</source>
        <comment>cli.help.ett_sprak_till_bredvid_svenskan_t_ex_ar</comment>
        <translation>one more language beside Swedish, e.g. ar (Arabic), so (Somali) or en (English); otherwise Swedish only</translation>
    </message>
    <message>
        <source>ett värde behövs</source>
        <comment>cli.help.ett_varde_behovs</comment>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>filen att skriva</source>
        <comment>cli.help.filen_att_skriva</comment>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>flaggan %(option)s är tvetydig, den kan vara %(matches)s</source>
        <comment>cli.help.flaggan_option_s_ar_tvetydig_den_kan_var</comment>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>flaggor</source>
        <comment>cli.help.flaggor</comment>
        <translation>options</translation>
    </message>
    <message>
        <source>fyll en tom datamapp med ett påhittat år</source>
        <comment>cli.help.fyll_en_tom_datamapp_med_ett_pahittat_ar</comment>
        <translation>fill an empty data folder with a made-up year</translation>
    </message>
    <message>
        <source>första dagen</source>
        <comment>cli.help.forsta_dagen</comment>
        <translation>the first day</translation>
    </message>
    <message>
        <source>första dagen (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.forsta_dagen_aaaa_mm_dd</comment>
        <translation>first day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>girl, boy, other eller unknown</source>
        <comment>cli.help.girl_boy_other_eller_unknown</comment>
        <translation>girl, boy, other or unknown</translation>
    </message>
    <message>
        <source>gå med i ett lag med lagkoden</source>
        <comment>cli.help.ga_med_i_ett_lag_med_lagkoden</comment>
        <translation>join a team with the team code</translation>
    </message>
    <message>
        <source>går inte tillsammans med %s</source>
        <comment>cli.help.gar_inte_tillsammans_med_s</comment>
        <translation>not allowed with %s</translation>
    </message>
    <message>
        <source>gör en säkerhetskopia nu</source>
        <comment>cli.help.gor_en_sakerhetskopia_nu</comment>
        <translation>make a backup now</translation>
    </message>
    <message>
        <source>högst ett värde</source>
        <comment>cli.help.hogst_ett_varde</comment>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>indoor (inomhus), outdoor (utomhus) eller excursion</source>
        <comment>cli.help.indoor_inomhus_outdoor_utomhus_eller_exc</comment>
        <translation>indoor, outdoor or excursion</translation>
    </message>
    <message>
        <source>ingen andra mapp</source>
        <comment>cli.help.ingen_andra_mapp</comment>
        <translation>no second folder</translation>
    </message>
    <message>
        <source>initiativets id (se followup list)</source>
        <comment>cli.help.initiativets_id_se_followup_list</comment>
        <translation>the initiative&apos;s id (see followup list)</translation>
    </message>
    <message>
        <source>initiativets namn</source>
        <comment>cli.help.initiativets_namn</comment>
        <translation>the initiative&apos;s name</translation>
    </message>
    <message>
        <source>kan inte öppna &apos;%(filename)s&apos;: %(error)s</source>
        <comment>cli.help.kan_inte_oppna_filename_s_error_s</comment>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>kommandon</source>
        <comment>cli.help.kommandon</comment>
        <translation>commands</translation>
    </message>
    <message>
        <source>kontrollera databasen</source>
        <comment>cli.help.kontrollera_databasen</comment>
        <translation>check the database</translation>
    </message>
    <message>
        <source>kunskapsutbyte mellan aktörer (eller inte)</source>
        <comment>cli.help.kunskapsutbyte_mellan_aktorer_eller_inte</comment>
        <translation>knowledge exchange between organisations (or not)</translation>
    </message>
    <message>
        <source>laget av datorer som synkar</source>
        <comment>cli.help.laget_av_datorer_som_synkar</comment>
        <translation>the team of computers that sync</translation>
    </message>
    <message>
        <source>lagkoden från koordinatorns dator</source>
        <comment>cli.help.lagkoden_fran_koordinatorns_dator</comment>
        <translation>the team code from the coordinator&apos;s computer</translation>
    </message>
    <message>
        <source>ledaren som gör ändringen, i historiken (annars den senast valda på datorn)</source>
        <comment>cli.help.ledaren_som_gor_andringen_i_historiken_a</comment>
        <translation>the leader making the change, for the history (otherwise the one last chosen on this computer)</translation>
    </message>
    <message>
        <source>ledarens telefon</source>
        <comment>cli.help.ledarens_telefon</comment>
        <translation>the leader&apos;s phone</translation>
    </message>
    <message>
        <source>lista en periods aktiviteter</source>
        <comment>cli.help.lista_en_periods_aktiviteter</comment>
        <translation>list a period&apos;s activities</translation>
    </message>
    <message>
        <source>lista säkerhetskopiorna</source>
        <comment>cli.help.lista_sakerhetskopiorna</comment>
        <translation>list the backups</translation>
    </message>
    <message>
        <source>lägg till en aktör</source>
        <comment>cli.help.lagg_till_en_aktor</comment>
        <translation>add an organisation</translation>
    </message>
    <message>
        <source>lägg till en enkät (skriver ut dess id)</source>
        <comment>cli.help.lagg_till_en_enkat_skriver_ut_dess_id</comment>
        <translation>add a survey (prints its id)</translation>
    </message>
    <message>
        <source>lägg till en plats</source>
        <comment>cli.help.lagg_till_en_plats</comment>
        <translation>add a site</translation>
    </message>
    <message>
        <source>lägg till en säsong</source>
        <comment>cli.help.lagg_till_en_sasong</comment>
        <translation>add a season</translation>
    </message>
    <message>
        <source>lägg till ett initiativ (skriver ut dess id)</source>
        <comment>cli.help.lagg_till_ett_initiativ_skriver_ut_dess</comment>
        <translation>add an initiative (prints its id)</translation>
    </message>
    <message>
        <source>läs synkfiler</source>
        <comment>cli.help.las_synkfiler</comment>
        <translation>read sync files</translation>
    </message>
    <message>
        <source>mappen med databasen (annars standardmappen)</source>
        <comment>cli.help.mappen_med_databasen_annars_standardmapp</comment>
        <translation>the folder with the database (otherwise the default folder)</translation>
    </message>
    <message>
        <source>medverkande aktör (kan upprepas)</source>
        <comment>cli.help.medverkande_aktor_kan_upprepas</comment>
        <translation>participating organisation (can be repeated)</translation>
    </message>
    <message>
        <source>minst ett värde behövs</source>
        <comment>cli.help.minst_ett_varde_behovs</comment>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>ny första dag (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.ny_forsta_dag_aaaa_mm_dd</comment>
        <translation>new first day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ny sista dag (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.ny_sista_dag_aaaa_mm_dd</comment>
        <translation>new last day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>nyckeltal för en period</source>
        <comment>cli.help.nyckeltal_for_en_period</comment>
        <translation>key figures for a period</translation>
    </message>
    <message>
        <source>när initiativet började (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.nar_initiativet_borjade_aaaa_mm_dd</comment>
        <translation>when the initiative started (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>när initiativet slutade (ÅÅÅÅ-MM-DD; tomt: inget slut)</source>
        <comment>cli.help.nar_initiativet_slutade_aaaa_mm_dd_tomt</comment>
        <translation>when the initiative ended (YYYY-MM-DD; empty: no end)</translation>
    </message>
    <message>
        <source>ogiltigt val: %(value)r (välj bland %(choices)s)</source>
        <comment>cli.help.ogiltigt_val_value_r_valj_bland_choices</comment>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>ogiltigt värde: %(value)r</source>
        <comment>cli.help.ogiltigt_varde_value_r</comment>
        <translation>invalid value: %(value)r</translation>
    </message>
    <message>
        <source>okända argument: %s</source>
        <comment>cli.help.okanda_argument_s</comment>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>okänt kommando %(parser_name)r (välj bland %(choices)s)</source>
        <comment>cli.help.okant_kommando_parser_name_r_valj_bland</comment>
        <translation>unknown command %(parser_name)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>organisationens namn</source>
        <comment>cli.help.organisationens_namn</comment>
        <translation>the organisation&apos;s name</translation>
    </message>
    <message>
        <source>oväntad flagga: %s</source>
        <comment>cli.help.ovantad_flagga_s</comment>
        <translation>unexpected option: %s</translation>
    </message>
    <message>
        <source>planned (planerad), ongoing (pågår) eller ended (avslutad)</source>
        <comment>cli.help.planned_planerad_ongoing_pagar_eller_end</comment>
        <translation>planned, ongoing or ended</translation>
    </message>
    <message>
        <source>platsens namn</source>
        <comment>cli.help.platsens_namn</comment>
        <translation>the site&apos;s name</translation>
    </message>
    <message>
        <source>platser</source>
        <comment>cli.help.platser</comment>
        <translation>sites</translation>
    </message>
    <message>
        <source>rapporter som PDF, Word, Excel eller CSV</source>
        <comment>cli.help.rapporter_som_pdf_word_excel_eller_csv</comment>
        <translation>reports as PDF, Word, Excel or CSV</translation>
    </message>
    <message>
        <source>registrera en aktivitet</source>
        <comment>cli.help.registrera_en_aktivitet</comment>
        <translation>register an activity</translation>
    </message>
    <message>
        <source>räkna besök</source>
        <comment>cli.help.rakna_besok</comment>
        <translation>count visits</translation>
    </message>
    <message>
        <source>räknelapp på papper för en dag</source>
        <comment>cli.help.raknelapp_pa_papper_for_en_dag</comment>
        <translation>paper tally sheet for one day</translation>
    </message>
    <message>
        <source>samlingsplats</source>
        <comment>cli.help.samlingsplats</comment>
        <translation>meeting point</translation>
    </message>
    <message>
        <source>samordnarens lösenord</source>
        <comment>cli.help.samordnarens_losenord</comment>
        <translation>the coordinator&apos;s password</translation>
    </message>
    <message>
        <source>samverkansinitiativ som följs</source>
        <comment>cli.help.samverkansinitiativ_som_foljs</comment>
        <translation>collaboration initiatives being followed</translation>
    </message>
    <message>
        <source>sista dagen</source>
        <comment>cli.help.sista_dagen</comment>
        <translation>the last day</translation>
    </message>
    <message>
        <source>sista dagen (ÅÅÅÅ-MM-DD)</source>
        <comment>cli.help.sista_dagen_aaaa_mm_dd</comment>
        <translation>last day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>skapa ett lag och visa lagkoden</source>
        <comment>cli.help.skapa_ett_lag_och_visa_lagkoden</comment>
        <translation>create a team and show the team code</translation>
    </message>
    <message>
        <source>skriv den här datorns synkfil</source>
        <comment>cli.help.skriv_den_har_datorns_synkfil</comment>
        <translation>write this computer&apos;s sync file</translation>
    </message>
    <message>
        <source>skriv en dags dagbok</source>
        <comment>cli.help.skriv_en_dags_dagbok</comment>
        <translation>write the day log for a day</translation>
    </message>
    <message>
        <source>slumpfrö (samma frö, samma data)</source>
        <comment>cli.help.slumpfro_samma_fro_samma_data</comment>
        <translation>random seed (same seed, same data)</translation>
    </message>
    <message>
        <source>sluttid (TT:MM)</source>
        <comment>cli.help.sluttid_tt_mm</comment>
        <translation>end time (HH:MM)</translation>
    </message>
    <message>
        <source>som JSON</source>
        <comment>cli.help.som_json</comment>
        <translation>as JSON</translation>
    </message>
    <message>
        <source>spara samverkansnätverket (vilka organisationer som arbetat tillsammans) som CSV</source>
        <comment>cli.help.spara_samverkansnatverket_vilka_organisa</comment>
        <translation>save the collaboration network (which organisations have worked together) as CSV</translation>
    </message>
    <message>
        <source>spara som CSV-filer i den här mappen</source>
        <comment>cli.help.spara_som_csv_filer_i_den_har_mappen</comment>
        <translation>save as CSV files in this folder</translation>
    </message>
    <message>
        <source>spara som Excel i den här filen</source>
        <comment>cli.help.spara_som_excel_i_den_har_filen</comment>
        <translation>save as Excel in this file</translation>
    </message>
    <message>
        <source>spara som PDF i den här filen</source>
        <comment>cli.help.spara_som_pdf_i_den_har_filen</comment>
        <translation>save as PDF in this file</translation>
    </message>
    <message>
        <source>spara som Word-dokument (redigerbart) i den här filen</source>
        <comment>cli.help.spara_som_word_dokument_redigerbart_i_de</comment>
        <translation>save as a Word document (editable) in this file</translation>
    </message>
    <message>
        <source>språket för den här körningen, t.ex. sv, en eller ar (annars det sparade)</source>
        <comment>cli.help.spraket_for_den_har_korningen_t_ex_sv_en</comment>
        <translation>the language for this run, e.g. sv, en or ar (otherwise the saved one)</translation>
    </message>
    <message>
        <source>starttid (TT:MM)</source>
        <comment>cli.help.starttid_tt_mm</comment>
        <translation>start time (HH:MM)</translation>
    </message>
    <message>
        <source>stängt den dagen</source>
        <comment>cli.help.stangt_den_dagen</comment>
        <translation>closed that day</translation>
    </message>
    <message>
        <source>synka genom en delad mapp</source>
        <comment>cli.help.synka_genom_en_delad_mapp</comment>
        <translation>sync through a shared folder</translation>
    </message>
    <message>
        <source>synka med lagets andra datorer</source>
        <comment>cli.help.synka_med_lagets_andra_datorer</comment>
        <translation>sync with the team&apos;s other computers</translation>
    </message>
    <message>
        <source>synkfiler (.vhsync)</source>
        <comment>cli.help.synkfiler_vhsync</comment>
        <translation>sync files (.vhsync)</translation>
    </message>
    <message>
        <source>säkerhetskopior</source>
        <comment>cli.help.sakerhetskopior</comment>
        <translation>backups</translation>
    </message>
    <message>
        <source>säsongen gäller alla platser</source>
        <comment>cli.help.sasongen_galler_alla_platser</comment>
        <translation>the season covers all sites</translation>
    </message>
    <message>
        <source>säsongens namn</source>
        <comment>cli.help.sasongens_namn</comment>
        <translation>the season&apos;s name</translation>
    </message>
    <message>
        <source>säsongens nya namn</source>
        <comment>cli.help.sasongens_nya_namn</comment>
        <translation>the season&apos;s new name</translation>
    </message>
    <message>
        <source>säsongens sammanfattning</source>
        <comment>cli.help.sasongens_sammanfattning</comment>
        <translation>season summary</translation>
    </message>
    <message>
        <source>säsonger</source>
        <comment>cli.help.sasonger</comment>
        <translation>seasons</translation>
    </message>
    <message>
        <source>sätt eller byt lösenordet (det nya från VANSKAPSHUSET_NEW_PASSWORD eller skrivet två gånger)</source>
        <comment>cli.help.satt_eller_byt_losenordet_det_nya_fran_v</comment>
        <translation>set or change the password (the new one from VANSKAPSHUSET_NEW_PASSWORD or typed twice)</translation>
    </message>
    <message>
        <source>ta bort en aktivitet</source>
        <comment>cli.help.ta_bort_en_aktivitet</comment>
        <translation>delete an activity</translation>
    </message>
    <message>
        <source>ta bort en enkät</source>
        <comment>cli.help.ta_bort_en_enkat</comment>
        <translation>delete a survey</translation>
    </message>
    <message>
        <source>ta bort ett initiativ</source>
        <comment>cli.help.ta_bort_ett_initiativ</comment>
        <translation>delete an initiative</translation>
    </message>
    <message>
        <source>ta bort lösenordet (inget är då låst)</source>
        <comment>cli.help.ta_bort_losenordet_inget_ar_da_last</comment>
        <translation>remove the password (then nothing is locked)</translation>
    </message>
    <message>
        <source>ta med</source>
        <comment>cli.help.ta_med</comment>
        <translation>what to bring</translation>
    </message>
    <message>
        <source>tidpunkt ÅÅÅÅ-MM-DDTTT:MM (annars nu)</source>
        <comment>cli.help.tidpunkt_aaaa_mm_ddttt_mm_annars_nu</comment>
        <translation>time YYYY-MM-DDTHH:MM (otherwise now)</translation>
    </message>
    <message>
        <source>uppföljning: enkäter till aktörer och samverkansinitiativ som följs</source>
        <comment>cli.help.uppfoljning_enkater_till_aktorer_och_sam</comment>
        <translation>follow-up: surveys with organisations and collaboration initiatives being followed</translation>
    </message>
    <message>
        <source>utskrifter: anmälningslista och räknelapp</source>
        <comment>cli.help.utskrifter_anmalningslista_och_raknelapp</comment>
        <translation>printouts: sign-up sheet and tally sheet</translation>
    </message>
    <message>
        <source>vad vi gjort tillsammans med en organisation under en period</source>
        <comment>cli.help.vad_vi_gjort_tillsammans_med_en_organisa</comment>
        <translation>what we have done together with an organisation during a period</translation>
    </message>
    <message>
        <source>verksamhetsområde</source>
        <comment>cli.help.verksamhetsomrade</comment>
        <translation>field of activity</translation>
    </message>
    <message>
        <source>visa dagböckerna för en period</source>
        <comment>cli.help.visa_dagbockerna_for_en_period</comment>
        <translation>show the day logs of a period</translation>
    </message>
    <message>
        <source>visa den här hjälpen och avsluta</source>
        <comment>cli.help.visa_den_har_hjalpen_och_avsluta</comment>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>visa eller välj en andra mapp för kopiorna</source>
        <comment>cli.help.visa_eller_valj_en_andra_mapp_for_kopior</comment>
        <translation>show or choose a second folder for the backups</translation>
    </message>
    <message>
        <source>visa ett års enkäter och initiativ</source>
        <comment>cli.help.visa_ett_ars_enkater_och_initiativ</comment>
        <translation>show a year&apos;s surveys and initiatives</translation>
    </message>
    <message>
        <source>visa programmets version och avsluta</source>
        <comment>cli.help.visa_programmets_version_och_avsluta</comment>
        <translation>show the program&apos;s version and exit</translation>
    </message>
    <message>
        <source>visa säsongerna och deras platser</source>
        <comment>cli.help.visa_sasongerna_och_deras_platser</comment>
        <translation>show the seasons and their sites</translation>
    </message>
    <message>
        <source>värdet %r gäller inte den här flaggan</source>
        <comment>cli.help.vardet_r_galler_inte_den_har_flaggan</comment>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>ÅLDER</source>
        <comment>cli.help.alder</comment>
        <translation>AGE</translation>
    </message>
    <message>
        <source>ÅR</source>
        <comment>cli.help.ar</comment>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>ÅTGÄRD</source>
        <comment>cli.help.atgard</comment>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>ändra en aktivitet</source>
        <comment>cli.help.andra_en_aktivitet</comment>
        <translation>change an activity</translation>
    </message>
    <message>
        <source>ändra en enkät</source>
        <comment>cli.help.andra_en_enkat</comment>
        <translation>change a survey</translation>
    </message>
    <message>
        <source>ändra en säsongs namn, datum eller platser</source>
        <comment>cli.help.andra_en_sasongs_namn_datum_eller_platse</comment>
        <translation>change a season&apos;s name, dates or sites</translation>
    </message>
    <message>
        <source>ändra ett initiativ</source>
        <comment>cli.help.andra_ett_initiativ</comment>
        <translation>change an initiative</translation>
    </message>
    <message>
        <source>åldersgrupp, t.ex. 7-9</source>
        <comment>cli.help.aldersgrupp_t_ex_7_9</comment>
        <translation>age group, e.g. 7-9</translation>
    </message>
    <message>
        <source>året</source>
        <comment>cli.help.aret</comment>
        <translation>the year</translation>
    </message>
    <message>
        <source>årets uppföljning</source>
        <comment>cli.help.arets_uppfoljning</comment>
        <translation>yearly follow-up</translation>
    </message>
    <message>
        <source>återställ en säkerhetskopia</source>
        <comment>cli.help.aterstall_en_sakerhetskopia</comment>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>öppet den dagen</source>
        <comment>cli.help.oppet_den_dagen</comment>
        <translation>open that day</translation>
    </message>
    <message>
        <source>öppettider</source>
        <comment>cli.help.oppettider</comment>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>öppna fönstret (samma som utan kommando)</source>
        <comment>cli.help.oppna_fonstret_samma_som_utan_kommando</comment>
        <translation>open the window (same as without a command)</translation>
    </message>
    <message>
        <source>Det finns ingen aktivitet med id {id}.</source>
        <comment>activities.unknown_activity</comment>
        <translation>There is no activity with id {id}.</translation>
    </message>
    <message>
        <source>Platsen finns inte i registret (id {id}); välj en plats i listan.</source>
        <comment>activities.unknown_site</comment>
        <translation>The site is not in the register (id {id}); choose a site from the list.</translation>
    </message>
    <message>
        <source>Aktivitetstypen finns inte i registret (id {id}); välj en typ i listan.</source>
        <comment>activities.unknown_type</comment>
        <translation>The activity type is not in the register (id {id}); choose a type from the list.</translation>
    </message>
    <message>
        <source>Organisationen finns inte i registret (id {id}); välj en organisation i listan.</source>
        <comment>activities.unknown_organisation</comment>
        <translation>The organisation is not in the register (id {id}); choose an organisation from the list.</translation>
    </message>
    <message>
        <source>Mallen finns inte längre.</source>
        <comment>activities.template_gone</comment>
        <translation>The template no longer exists.</translation>
    </message>
    <message>
        <source>Det saknas uppgifter för aktiviteten: {options}.</source>
        <comment>activities.missing_options</comment>
        <translation>Details of the activity are missing: {options}.</translation>
    </message>
    <message>
        <source>Ange minst en uppgift att ändra, t.ex. --title eller --date.</source>
        <comment>activities.nothing_to_change</comment>
        <translation>Give at least one detail to change, e.g. --title or --date.</translation>
    </message>
    <message>
        <source>Aktiviteten är ändrad.</source>
        <comment>activities.changed</comment>
        <translation>The activity has been changed.</translation>
    </message>
    <message>
        <source>Aktiviteten är borttagen.</source>
        <comment>activities.deleted</comment>
        <translation>The activity has been deleted.</translation>
    </message>
    <message>
        <source>Vilka enkäten gjordes med</source>
        <comment>follow_up.subject.survey_with</comment>
        <translation>Who the survey was held with</translation>
    </message>
    <message>
        <source>Sammanfattningen</source>
        <comment>follow_up.subject.survey_summary</comment>
        <translation>The summary</translation>
    </message>
    <message>
        <source>Skriv en kort sammanfattning av enkäten.</source>
        <comment>follow_up.empty.survey_summary</comment>
        <translation>Write a short summary of the survey.</translation>
    </message>
    <message>
        <source>Initiativets namn</source>
        <comment>follow_up.subject.initiative_title</comment>
        <translation>The initiative&apos;s name</translation>
    </message>
    <message>
        <source>Initiativet måste ha ett namn.</source>
        <comment>follow_up.empty.initiative_title</comment>
        <translation>The initiative must have a name.</translation>
    </message>
    <message>
        <source>status</source>
        <comment>follow_up.choice.status</comment>
        <translation>status</translation>
    </message>
    <message>
        <source>Ange vilka enkäten gjordes med: en eller flera aktörer ur registret, eller en text.</source>
        <comment>follow_up.survey_with_nobody</comment>
        <translation>Give who the survey was held with: one or more organisations from the register, or a text.</translation>
    </message>
    <message>
        <source>Enkäten finns inte eller är borttagen (id {id}).</source>
        <comment>follow_up.survey_gone</comment>
        <translation>The survey does not exist or has been deleted (id {id}).</translation>
    </message>
    <message>
        <source>Initiativet finns inte eller är borttaget (id {id}).</source>
        <comment>follow_up.initiative_gone</comment>
        <translation>The initiative does not exist or has been deleted (id {id}).</translation>
    </message>
    <message>
        <source>Initiativet slutar ({end}) före det börjar ({start}).</source>
        <comment>follow_up.initiative_ends_before_start</comment>
        <translation>The initiative ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Ange minst en uppgift att ändra, t.ex. --summary eller --status.</source>
        <comment>follow_up.nothing_to_change</comment>
        <translation>Give at least one detail to change, e.g. --summary or --status.</translation>
    </message>
    <message>
        <source>Enkäten är ändrad.</source>
        <comment>follow_up.survey_changed</comment>
        <translation>The survey has been changed.</translation>
    </message>
    <message>
        <source>Enkäten är borttagen.</source>
        <comment>follow_up.survey_deleted</comment>
        <translation>The survey has been deleted.</translation>
    </message>
    <message>
        <source>Initiativet är ändrat.</source>
        <comment>follow_up.initiative_changed</comment>
        <translation>The initiative has been changed.</translation>
    </message>
    <message>
        <source>Initiativet är borttaget.</source>
        <comment>follow_up.initiative_deleted</comment>
        <translation>The initiative has been deleted.</translation>
    </message>
    <message>
        <source>{date} enkät med {with_whom}: {summary}  [{id}]</source>
        <comment>follow_up.line_survey</comment>
        <translation>{date} survey with {with_whom}: {summary}  [{id}]</translation>
    </message>
    <message>
        <source>{period} initiativ ”{title}” ({status}) med {partners}  [{id}]</source>
        <comment>follow_up.line_initiative</comment>
        <translation>{period} initiative “{title}” ({status}) with {partners}  [{id}]</translation>
    </message>
    <message>
        <source>planerad</source>
        <comment>follow_up.status.planned</comment>
        <translation>planned</translation>
    </message>
    <message>
        <source>pågår</source>
        <comment>follow_up.status.ongoing</comment>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>avslutad</source>
        <comment>follow_up.status.ended</comment>
        <translation>ended</translation>
    </message>
</context>
<context>
    <name>MinusButton</name>
    <message>
        <source>−1 rätta</source>
        <translation>−1 correct</translation>
    </message>
</context>
<context>
    <name>NewOrganisationDialog</name>
    <message>
        <source>Ny organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>”%1” finns inte i registret. Vill du lägga till den som ny organisation?</source>
        <translation>“%1” is not in the register. Do you want to add it as a new organisation?</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Typ av organisation</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Lägg till organisationen</source>
        <translation>Add the organisation</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lägg inte till</source>
        <translation>Do not add</translation>
    </message>
</context>
<context>
    <name>PaperTallyButton</name>
    <message>
        <source>Räknelista…</source>
        <translation>Tally sheet…</translation>
    </message>
    <message>
        <source>Räknelista på papper</source>
        <translation>Paper tally sheet</translation>
    </message>
    <message>
        <source>När datorn inte är med: skriv ut en tom räknelista, och skriv in den sedan</source>
        <translation>When the computer is not there: print a blank tally sheet, and type it in afterwards</translation>
    </message>
    <message>
        <source>Skriv ut tom räknelista</source>
        <translation>Print a blank tally sheet</translation>
    </message>
    <message>
        <source>Skriv in räknelista…</source>
        <translation>Type in a tally sheet…</translation>
    </message>
    <message>
        <source>Spara räknelistan</source>
        <translation>Save the tally sheet</translation>
    </message>
    <message>
        <source>Sparar räknelistan…</source>
        <translation>Saving the tally sheet…</translation>
    </message>
    <message>
        <source>Dagar äldre än en vecka får bara samordnaren ändra.</source>
        <translation>Only the coordinator may change days older than a week.</translation>
    </message>
    <message>
        <source>räknelista</source>
        <translation>tally sheet</translation>
    </message>
    <message>
        <source>Räknelistan är inskriven: %1 besök. Ctrl+Z tar bort den igen.</source>
        <translation>The tally sheet is typed in: %1 visits. Ctrl+Z takes it out again.</translation>
    </message>
</context>
<context>
    <name>PaperTallyDialog</name>
    <message>
        <source>Skriv in räknelista</source>
        <translation>Type in tally sheet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Skriv av antalet streck i varje ruta på räknelistan. Besöken sparas på den här platsen och dagen, märkta som inskrivna från papper.</source>
        <translation>Copy the number of marks in each box of the tally sheet. The visits are saved at this site and day, marked as typed in from paper.</translation>
    </message>
    <message>
        <source>Skriv in</source>
        <translation>Type in</translation>
    </message>
    <message>
        <source>Skriv in besöken</source>
        <translation>Type in the visits</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 år</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>Summa</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>%1, %2 år</source>
        <translation>%1, %2 years</translation>
    </message>
    <message>
        <source>Totalt antal besök</source>
        <translation>Total number of visits</translation>
    </message>
    <message>
        <source>Totalt: %1 besök</source>
        <translation>Total: %1 visits</translation>
    </message>
</context>
<context>
    <name>ParticipantGrid</name>
    <message>
        <source>Åldersgrupp %1 år</source>
        <translation>Age group %1 years</translation>
    </message>
    <message>
        <source>%1, %2 år</source>
        <translation>%1, %2 years</translation>
    </message>
    <message>
        <source>Totalt: %1 deltagare</source>
        <translation>Total: %1 participants</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Skriv för att söka…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <source>Sök samarbetspartner</source>
        <translation>Search for a partner</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Lägg till samarbetspartner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Samarbetspartner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ta bort vald samarbetspartner</source>
        <translation>Remove the selected partner</translation>
    </message>
    <message>
        <source>”%1” lades inte till: den finns inte i registret.</source>
        <translation>“%1” was not added: it is not in the register.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Samordnarens lösenord</source>
        <translation>Coordinator password</translation>
    </message>
    <message>
        <source>Det här får bara samordnaren göra. Skriv samordnarens lösenord:</source>
        <translation>Only the coordinator may do this. Enter the coordinator password:</translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vänta %1 s innan nästa försök.</source>
        <translation>Wait %1 s before the next attempt.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Välj period</source>
        <translation>Choose a period</translation>
    </message>
    <message>
        <source>Från datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Till datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;från</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>t&amp;ill</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>Egen period</source>
        <translation>Custom period</translation>
    </message>
</context>
<context>
    <name>PersonalDataTab</name>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Barnets eller vårdnadshavarens namn</source>
        <translation>The child&apos;s or guardian&apos;s name</translation>
    </message>
    <message>
        <source>Hela namnet, som det står på anmälan</source>
        <translation>The whole name, as on the sign-up</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Sök anmälningar med namnet</source>
        <translation>Search sign-ups with this name</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Vårdnadshavare</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Raderas efter</source>
        <translation>Deleted after</translation>
    </message>
    <message>
        <source>Anmälningar med namnet</source>
        <translation>Sign-ups with this name</translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Spara allt om namnet som en fil</source>
        <translation>Save everything about this name as a file</translation>
    </message>
    <message>
        <source>Rätten till tillgång: allt som finns om personen, som en JSON-fil</source>
        <translation>Right of access: everything kept about the person, as a JSON file</translation>
    </message>
    <message>
        <source>&amp;Radera alla…</source>
        <translation>E&amp;rase all…</translation>
    </message>
    <message>
        <source>Radera alla anmälningar med namnet</source>
        <translation>Erase all sign-ups with this name</translation>
    </message>
    <message>
        <source>Rätten att bli raderad: tar bort anmälningarna</source>
        <translation>Right to erasure: deletes the sign-ups</translation>
    </message>
    <message>
        <source>Anmälningar till aktiviteter är de enda uppgifterna med namn: barnets namn och ålder, vårdnadshavarens namn och telefon, samtycke till foto, allergier eller anteckning och om barnet kom. De finns bara på den här datorn, räknas aldrig i statistiken och raderas automatiskt %1 dagar efter aktiviteten. Här söker du fram allt om ett barn eller en vårdnadshavare, lämnar ut det som en fil (rätten till tillgång) eller raderar det (rätten att bli raderad).</source>
        <translation>Sign-ups for activities are the only data with names: the child&apos;s name and age, the guardian&apos;s name and phone, photo consent, allergies or a note, and whether the child came. They are kept on this computer only, never counted in the statistics, and deleted automatically %1 days after the activity. Here you find everything about a child or guardian, hand it over as a file (right of access) or erase it (right to erasure).</translation>
    </message>
    <message numerus="yes">
        <source>%n anmälningar för ”%1”.</source>
        <translation>
            <numerusform>%n sign-up for “%1”.</numerusform>
            <numerusform>%n sign-ups for “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga anmälningar för ”%1”.</source>
        <translation>No sign-ups for “%1”.</translation>
    </message>
    <message>
        <source>Spara personuppgifterna</source>
        <translation>Save the personal data</translation>
    </message>
    <message>
        <source>Sparar…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Radera anmälan för ”%1”? Det går inte att ångra.</source>
        <translation>Erase the sign-up for “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Radera alla %2 anmälningar för ”%1”? Det går inte att ångra.</source>
        <translation>Erase all %2 sign-ups for “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Radera personuppgifter</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Anmälan för ”%1” är raderad.</source>
        <translation>The sign-up for “%1” has been erased.</translation>
    </message>
    <message>
        <source>%2 anmälningar för ”%1” är raderade.</source>
        <translation>%2 sign-ups for “%1” have been erased.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Byt namn… (F2)</source>
        <translation>Rename… (F2)</translation>
    </message>
    <message>
        <source>Byt namn på markerad rad</source>
        <translation>Rename the selected row</translation>
    </message>
    <message>
        <source>Ta bort… (Delete)</source>
        <translation>Delete… (Delete)</translation>
    </message>
    <message>
        <source>Ta bort markerad rad</source>
        <translation>Delete the selected row</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort ”%1”? Det som redan är registrerat behåller namnet, men det går inte att välja längre.</source>
        <translation>Delete “%1”? What is already recorded keeps the name, but it can no longer be chosen.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Platser</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Ny plats:</source>
        <translation>New site:</translation>
    </message>
    <message>
        <source>Typ:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Lägg till plats</source>
        <translation>Add site</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Ny organisation:</source>
        <translation>New organisation:</translation>
    </message>
    <message>
        <source>Lägg till organisation</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>Aktivitetstyp</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Verksamhetsområde</source>
        <translation>Area of work</translation>
    </message>
    <message>
        <source>Aktivitetstyper</source>
        <translation>Activity types</translation>
    </message>
    <message>
        <source>Ny aktivitetstyp:</source>
        <translation>New activity type:</translation>
    </message>
    <message>
        <source>Område:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Lägg till typ</source>
        <translation>Add type</translation>
    </message>
    <message>
        <source>Ledare</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ny ledare:</source>
        <translation>New leader:</translation>
    </message>
    <message>
        <source>Roll:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Lägg till ledare</source>
        <translation>Add leader</translation>
    </message>
    <message>
        <source>Säsonger</source>
        <translation>Seasons</translation>
    </message>
    <message>
        <source>Åldersgrupper</source>
        <translation>Age groups</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Personuppgifter</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Byt namn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Nytt namn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Nytt namn</source>
        <translation>New name</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportChoice</name>
    <message>
        <source>Rapport:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>&amp;Säsong</source>
        <translation>&amp;Season</translation>
    </message>
    <message>
        <source>&amp;År</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Egen period</source>
        <translation>&amp;Custom period</translation>
    </message>
    <message>
        <source>&amp;Dag</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Sa&amp;marbetspartner</source>
        <translation>Part&amp;ner</translation>
    </message>
    <message>
        <source>Säsong</source>
        <translation>Season</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Från datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Till datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Säsong:</source>
        <translation>Season:</translation>
    </message>
    <message>
        <source>År:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Från:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>till:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>från:</source>
        <translation>from:</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Säsongens platser (%1)</source>
        <translation>Sites of the season (%1)</translation>
    </message>
    <message>
        <source>Säsongens plats (%1)</source>
        <translation>Site of the season (%1)</translation>
    </message>
    <message>
        <source>Säsongens plats</source>
        <translation>Site of the season</translation>
    </message>
    <message>
        <source>Alla platser</source>
        <translation>All sites</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>&amp;Tabell:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>(som i Excel- och CSV-filerna)</source>
        <translation>(as in the Excel and CSV files, in Swedish)</translation>
    </message>
    <message>
        <source>Rapportens tabell</source>
        <translation>The report&apos;s table</translation>
    </message>
    <message>
        <source>Bästa dag (%1 besök)</source>
        <translation>Best day (%1 visits)</translation>
    </message>
    <message>
        <source>Bästa dag</source>
        <translation>Best day</translation>
    </message>
    <message>
        <source>Besök</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Öppna dagar</source>
        <translation>Open days</translation>
    </message>
    <message>
        <source>Besök per öppen dag</source>
        <translation>Visits per open day</translation>
    </message>
    <message>
        <source>Andel flickor</source>
        <translation>Share of girls</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Besök per öppen timme</source>
        <translation>Visits per open hour</translation>
    </message>
    <message>
        <source>Nya besökare</source>
        <translation>New visitors</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Deltagare i aktiviteterna</source>
        <translation>Participants in the activities</translation>
    </message>
    <message>
        <source>Tillfällen av kunskapsutbyte</source>
        <translation>Knowledge exchanges</translation>
    </message>
    <message>
        <source>Aktiva föreningar och grupper</source>
        <translation>Active associations and groups</translation>
    </message>
    <message>
        <source>Aktiviteter tillsammans</source>
        <translation>Activities together</translation>
    </message>
    <message>
        <source>Dagar med aktiviteter</source>
        <translation>Days with activities</translation>
    </message>
    <message>
        <source>Som arrangör</source>
        <translation>As organiser</translation>
    </message>
    <message>
        <source>Som partner</source>
        <translation>As partner</translation>
    </message>
    <message>
        <source>Andra organisationer som var med</source>
        <translation>Other organisations that took part</translation>
    </message>
    <message>
        <source>Platser öppna</source>
        <translation>Sites open</translation>
    </message>
    <message>
        <source>v. %1</source>
        <translation>wk %1</translation>
    </message>
    <message>
        <source>Besök per vecka</source>
        <translation>Visits per week</translation>
    </message>
    <message>
        <source>Besök per veckodag</source>
        <translation>Visits per weekday</translation>
    </message>
    <message>
        <source>Besök per kön</source>
        <translation>Visits by gender</translation>
    </message>
    <message>
        <source>Besök per åldersgrupp</source>
        <translation>Visits by age group</translation>
    </message>
    <message>
        <source>Aktiviteter per månad</source>
        <translation>Activities per month</translation>
    </message>
    <message>
        <source>Aktiviteter per verksamhetsområde</source>
        <translation>Activities per area of work</translation>
    </message>
    <message>
        <source>Besök per månad</source>
        <translation>Visits per month</translation>
    </message>
    <message>
        <source>Besök per plats</source>
        <translation>Visits per site</translation>
    </message>
    <message>
        <source>Deltagare per kön</source>
        <translation>Participants per gender</translation>
    </message>
    <message>
        <source>Deltagare per åldersgrupp</source>
        <translation>Participants per age group</translation>
    </message>
    <message>
        <source>Aktiviteter per typ</source>
        <translation>Activities per type</translation>
    </message>
    <message>
        <source>Deltagare per aktivitet</source>
        <translation>Participants per activity</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Spara som:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Spara rapporten som PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>Spara rapporten som Word-dokument som går att redigera</source>
        <translation>Save the report as a Word document you can edit</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Spara rapportens tabeller som Excel-fil</source>
        <translation>Save the report&apos;s tables as an Excel file</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Spara rapportens tabeller som CSV-filer i en mapp</source>
        <translation>Save the report&apos;s tables as CSV files in a folder</translation>
    </message>
    <message>
        <source>Spara rapportens diagram som bilder (PNG), en fil per diagram</source>
        <translation>Save the report&apos;s charts as images (PNG), one file per chart</translation>
    </message>
    <message>
        <source>Diagram som bild…</source>
        <translation>Charts as images…</translation>
    </message>
    <message>
        <source>Öppna filen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Öppna mappen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Det finns ingen organisation än: lägg till en under Register → Organisationer.</source>
        <translation>There is no organisation yet: add one under Register → Organisations.</translation>
    </message>
    <message>
        <source>Det finns ingen säsong än: lägg till en under Register → Säsonger.</source>
        <translation>There is no season yet: add one under Register → Seasons.</translation>
    </message>
    <message>
        <source>Tar fram rapporten…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <source>Rapporten kunde inte tas fram</source>
        <translation>The report could not be computed</translation>
    </message>
    <message>
        <source>Årlig uppföljning %1</source>
        <translation>Annual follow-up %1</translation>
    </message>
    <message>
        <source>Dagrapport %1</source>
        <translation>Day report %1</translation>
    </message>
    <message>
        <source>Samarbete med %1</source>
        <translation>Collaboration with %1</translation>
    </message>
    <message>
        <source>Egen period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>Alla platser</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Spara rapporten</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Välj mapp för CSV-filerna</source>
        <translation>Choose a folder for the CSV files</translation>
    </message>
    <message>
        <source>Sparar…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas</source>
        <translation>The file could not be saved</translation>
    </message>
    <message>
        <source>Diagrammen kunde inte sparas</source>
        <translation>The charts could not be saved</translation>
    </message>
    <message>
        <source>Välj mapp för diagrammen</source>
        <translation>Choose a folder for the charts</translation>
    </message>
    <message numerus="yes">
        <source>%n diagram sparade i %1</source>
        <translation>
            <numerusform>%n chart saved in %1</numerusform>
            <numerusform>%n charts saved in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV-filer sparade i %1</source>
        <translation>
            <numerusform>%n CSV file saved in %1</numerusform>
            <numerusform>%n CSV files saved in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>SaveFailure</name>
    <message>
        <source>disken är full. Frigör utrymme på datorn och försök igen.</source>
        <translation>the disk is full. Free some space on the computer and try again.</translation>
    </message>
    <message>
        <source>databasfilen är skrivskyddad. Be samordnaren kontrollera filens behörighet.</source>
        <translation>the database file is read-only. Ask the coordinator to check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>databasen är upptagen av ett annat program (en synkning?). Vänta lite och försök igen.</source>
        <translation>the database is busy in another program (a sync?). Wait a moment and try again.</translation>
    </message>
    <message>
        <source>databasfilen har tagits bort eller flyttats. Räkna på papper och starta om programmet.</source>
        <translation>the database file was deleted or moved. Count on paper and restart the program.</translation>
    </message>
    <message>
        <source>databasfilen gick inte att skriva (skadad fil eller fel på disken). Räkna på papper och starta om programmet.</source>
        <translation>the database file could not be written (a damaged file or a disk fault). Count on paper and restart the program.</translation>
    </message>
    <message>
        <source>ett oväntat fel inträffade. Försök igen.</source>
        <translation>an unexpected error happened. Try again.</translation>
    </message>
    <message>
        <source>ett oväntat fel inträffade (det finns i loggen %1). Försök igen.</source>
        <translation>an unexpected error happened (it is in the log %1). Try again.</translation>
    </message>
</context>
<context>
    <name>SeasonsTab</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Säsonger</source>
        <translation>Seasons</translation>
    </message>
    <message>
        <source>Platser</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Säsongens namn</source>
        <translation>Season name</translation>
    </message>
    <message>
        <source>t.ex. Bästa sommaren 2026</source>
        <translation>e.g. Summer 2026</translation>
    </message>
    <message>
        <source>Första dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Sista dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Platser där säsongen pågår</source>
        <translation>Sites where the season takes place</translation>
    </message>
    <message>
        <source>Lägg till säsong</source>
        <translation>Add season</translation>
    </message>
    <message>
        <source>Från:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Till:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Alla platser</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Spara ändringar</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Spara ändringar i markerad säsong</source>
        <translation>Save changes to the selected season</translation>
    </message>
    <message>
        <source>Säsong:</source>
        <translation>Season:</translation>
    </message>
    <message>
        <source>Platser:</source>
        <translation>Sites:</translation>
    </message>
    <message>
        <source>Sista dagen ligger före den första.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <source>(borttagen plats)</source>
        <translation>(deleted site)</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Språk:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Språket byts när programmet startas om.</source>
        <translation>The language changes when the program is restarted.</translation>
    </message>
    <message>
        <source>Spara språk</source>
        <translation>Save language</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Namnet står överst på varje rapport. Det gäller hela laget.</source>
        <translation>The name is printed at the top of every report. It applies to the whole team.</translation>
    </message>
    <message>
        <source>Organisationens namn</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Spara namn</source>
        <translation>Save name</translation>
    </message>
    <message>
        <source>Spara organisationens namn</source>
        <translation>Save the name of the organisation</translation>
    </message>
    <message>
        <source>Samordnarens lösenord</source>
        <translation>Coordinator password</translation>
    </message>
    <message>
        <source>Lösenordet skyddar borttagning, inställningar, åldersgrupper, ändringar av äldre dagar och historiken. Det gäller på alla lagets datorer.</source>
        <translation>The password protects deleting, settings, age groups, changes to older days and the history. It applies on all of the team&apos;s computers.</translation>
    </message>
    <message>
        <source>Nuvarande lösenord</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Nuvarande lösenord:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Nytt lösenord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Nytt lösenord:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Upprepa nytt lösenord</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Upprepa:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Spara lösenord</source>
        <translation>Save password</translation>
    </message>
    <message>
        <source>Anmälningar (personuppgifter)</source>
        <translation>Sign-ups (personal data)</translation>
    </message>
    <message>
        <source>Texten står på varje anmälningslista, ovanför namnen. Anmälningarna raderas automatiskt när sparandetiden efter aktiviteten har gått. En ändrad tid gäller nya anmälningar; skriv samma tid i texten.</source>
        <translation>The text is printed on every sign-up sheet, above the names. Sign-ups are deleted automatically when the retention time after the activity has passed. A changed time applies to new sign-ups; write the same time in the text.</translation>
    </message>
    <message>
        <source>Samtyckestext på anmälningslistan</source>
        <translation>Consent text on the sign-up sheet</translation>
    </message>
    <message>
        <source>Samtyckestext:</source>
        <translation>Consent text:</translation>
    </message>
    <message>
        <source>Återställ standardtexten</source>
        <translation>Restore the default text</translation>
    </message>
    <message>
        <source>Sätt tillbaka den ursprungliga samtyckestexten i rutan</source>
        <translation>Put the original consent text back in the box</translation>
    </message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Sparandetid efter aktiviteten i dagar</source>
        <translation>Retention time after the activity, in days</translation>
    </message>
    <message>
        <source>Sparas efter aktiviteten:</source>
        <translation>Kept after the activity:</translation>
    </message>
    <message>
        <source>Spara text och tid</source>
        <translation>Save text and time</translation>
    </message>
    <message>
        <source>Spara samtyckestext och sparandetid</source>
        <translation>Save consent text and retention time</translation>
    </message>
    <message>
        <source>Sparat. Starta om programmet för att byta språk.</source>
        <translation>Saved. Restart the program to change the language.</translation>
    </message>
    <message>
        <source>Skriv organisationens namn; det står överst på varje rapport.</source>
        <translation>Type the name of the organisation; it is printed at the top of every report.</translation>
    </message>
    <message>
        <source>Namnet är sparat.</source>
        <translation>The name is saved.</translation>
    </message>
    <message>
        <source>Skriv samtyckestexten; den står på varje anmälningslista.</source>
        <translation>Write the consent text; it is printed on every sign-up sheet.</translation>
    </message>
    <message>
        <source>Samtyckestexten och sparandetiden är sparade.</source>
        <translation>The consent text and retention time are saved.</translation>
    </message>
    <message>
        <source>De två nya lösenorden är inte lika.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <source>Lösenordet är sparat.</source>
        <translation>The password is saved.</translation>
    </message>
</context>
<context>
    <name>SheetDetailsDialog</name>
    <message>
        <source>Uppgifter på listan</source>
        <translation>Details on the sheet</translation>
    </message>
    <message>
        <source>Det här står överst på listan. Lämna tomt det som ska fyllas i för hand.</source>
        <translation>This is printed at the top of the sheet. Leave empty what is to be filled in by hand.</translation>
    </message>
    <message>
        <source>Det här står överst på listan, under aktiviteten.</source>
        <translation>This is printed at the top of the sheet, below the activity.</translation>
    </message>
    <message>
        <source>Samlingsplats</source>
        <translation>Meeting point</translation>
    </message>
    <message>
        <source>t.ex. utanför Vänskapshuset kl. 9.30</source>
        <translation>e.g. outside Vänskapshuset at 9.30</translation>
    </message>
    <message>
        <source>&amp;Samlingsplats:</source>
        <translation>&amp;Meeting point:</translation>
    </message>
    <message>
        <source>Ansvarig ledare</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <source>Ansvarig &amp;ledare:</source>
        <translation>Responsible &amp;leader:</translation>
    </message>
    <message>
        <source>Ledarens telefon</source>
        <translation>Leader&apos;s phone</translation>
    </message>
    <message>
        <source>t.ex. 070-123 45 67</source>
        <translation>e.g. 070-123 45 67</translation>
    </message>
    <message>
        <source>Ledarens &amp;telefon:</source>
        <translation>Leader&apos;s &amp;phone:</translation>
    </message>
    <message>
        <source>Ta med</source>
        <translation>Bring</translation>
    </message>
    <message>
        <source>t.ex. matsäck, vattenflaska, busskort</source>
        <translation>e.g. packed lunch, water bottle, bus card</translation>
    </message>
    <message>
        <source>Ta &amp;med:</source>
        <translation>&amp;Bring:</translation>
    </message>
    <message>
        <source>Fortsätt…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignUpForm</name>
    <message>
        <source>Ändra anmälan</source>
        <translation>Edit sign-up</translation>
    </message>
    <message>
        <source>Ny anmälan</source>
        <translation>New sign-up</translation>
    </message>
    <message>
        <source>Barnets namn</source>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Barnets namn:</source>
        <translation>&amp;Child&apos;s name:</translation>
    </message>
    <message>
        <source>ej angiven</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Ålder</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>&amp;Ålder:</source>
        <translation>A&amp;ge:</translation>
    </message>
    <message>
        <source>Vårdnadshavare</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>&amp;Vårdnadshavare:</source>
        <translation>G&amp;uardian:</translation>
    </message>
    <message>
        <source>Vårdnadshavarens telefon</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>t.ex. 070-123 45 67</source>
        <translation>e.g. 070-123 45 67</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Vårdnadshavaren säger ja till &amp;foto</source>
        <translation>The guardian says yes to p&amp;hotos</translation>
    </message>
    <message>
        <source>Samtycke till foto</source>
        <translation>Photo consent</translation>
    </message>
    <message>
        <source>Allergier eller anteckning</source>
        <translation>Allergies or note</translation>
    </message>
    <message>
        <source>&amp;Allergier/anteckning:</source>
        <translation>&amp;Allergies/note:</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignUpTableModel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ålder</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Vårdnadshavare</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Allergier/anteckning</source>
        <translation>Allergies/note</translation>
    </message>
    <message>
        <source>Kom</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Inte markerad än</source>
        <translation>Not marked yet</translation>
    </message>
    <message>
        <source>Kom inte</source>
        <translation>Did not come</translation>
    </message>
</context>
<context>
    <name>SignUpsDialog</name>
    <message>
        <source>Anmälningar – %1</source>
        <translation>Sign-ups – %1</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1, %2–%3 · %4</source>
        <translation>%1, %2–%3 · %4</translation>
    </message>
    <message>
        <source>Uppgifterna om barnen är personuppgifter: visa dem bara för dem som behöver. De raderas automatiskt %1 dagar efter aktiviteten.</source>
        <translation>The children&apos;s details are personal data: show them only to those who need them. They are deleted automatically %1 days after the activity.</translation>
    </message>
    <message>
        <source>&amp;Lägg till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Lägg till en anmälan</source>
        <translation>Add a sign-up</translation>
    </message>
    <message>
        <source>Lägg till en anmälan (Ctrl+N)</source>
        <translation>Add a sign-up (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ändra vald anmälan</source>
        <translation>Edit the selected sign-up</translation>
    </message>
    <message>
        <source>Ändra vald anmälan (Enter)</source>
        <translation>Edit the selected sign-up (Enter)</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Ta bort vald anmälan</source>
        <translation>Delete the selected sign-up</translation>
    </message>
    <message>
        <source>Ta bort vald anmälan (Delete)</source>
        <translation>Delete the selected sign-up (Delete)</translation>
    </message>
    <message>
        <source>Skriv &amp;ut lista…</source>
        <translation>&amp;Print list…</translation>
    </message>
    <message>
        <source>Spara anmälningslistan med namnen som PDF för utskrift</source>
        <translation>Save the sign-up sheet with the names as a PDF to print</translation>
    </message>
    <message>
        <source>T&amp;om lista…</source>
        <translation>&amp;Blank list…</translation>
    </message>
    <message>
        <source>Spara en tom anmälningslista som PDF för utskrift</source>
        <translation>Save a blank sign-up sheet as a PDF to print</translation>
    </message>
    <message>
        <source>Språk på listan</source>
        <translation>List language</translation>
    </message>
    <message>
        <source>Rubrikerna och samtyckestexten skrivs ut på svenska och på det här språket</source>
        <translation>The headings and the consent text are printed in Swedish and in this language</translation>
    </message>
    <message>
        <source>Sp&amp;råk på listan:</source>
        <translation>List &amp;language:</translation>
    </message>
    <message>
        <source>Anmälda barn</source>
        <translation>Children signed up</translation>
    </message>
    <message numerus="yes">
        <source>%n anmälda · %1 kom</source>
        <translation>
            <numerusform>%n signed up · %1 came</numerusform>
            <numerusform>%n signed up · %1 came</numerusform>
        </translation>
    </message>
    <message>
        <source>”%1” är anmäld.</source>
        <translation>“%1” is signed up.</translation>
    </message>
    <message>
        <source>Ändringen är sparad.</source>
        <translation>The change is saved.</translation>
    </message>
    <message>
        <source>Ta bort anmälan</source>
        <translation>Delete sign-up</translation>
    </message>
    <message>
        <source>Ta bort anmälan för ”%1”? Uppgifterna raderas helt.</source>
        <translation>Delete the sign-up for “%1”? The details are erased completely.</translation>
    </message>
    <message>
        <source>Anmälan för ”%1” togs bort.</source>
        <translation>The sign-up for “%1” was deleted.</translation>
    </message>
    <message>
        <source>Spara anmälningslistan</source>
        <translation>Save the sign-up sheet</translation>
    </message>
    <message>
        <source>Sparar listan…</source>
        <translation>Saving the sheet…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Vänskapshuset är redan öppet med den här datamappen men svarar inte; vänta en stund och försök igen, eller starta om datorn om det inte hjälper.</source>
        <translation>Vänskapshuset is already open with this data folder but does not answer; wait a moment and try again, or restart the computer if that does not help.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Ändra enkät</source>
        <translation>Edit survey</translation>
    </message>
    <message>
        <source>Ny enkät</source>
        <translation>New survey</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sök aktör</source>
        <translation>Search for an organisation</translation>
    </message>
    <message>
        <source>Aktörer som deltog</source>
        <translation>Organisations that took part</translation>
    </message>
    <message>
        <source>Andra som deltog</source>
        <translation>Others who took part</translation>
    </message>
    <message>
        <source>t.ex. boende i området</source>
        <translation>e.g. residents of the area</translation>
    </message>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Aktörer:</source>
        <translation>&amp;Organisations:</translation>
    </message>
    <message>
        <source>A&amp;ndra:</source>
        <translation>O&amp;thers:</translation>
    </message>
    <message>
        <source>&amp;Sammanfattning:</source>
        <translation>&amp;Summary:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synk</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Så fungerar synken</source>
        <translation>How syncing works</translation>
    </message>
    <message>
        <source>1. Samordnaren skapar laget på sin dator och får en lagkod.</source>
        <translation>1. The coordinator creates the team on their computer and gets a team code.</translation>
    </message>
    <message>
        <source>2. De andra datorerna går med i laget med lagkoden.</source>
        <translation>2. The other computers join the team with the team code.</translation>
    </message>
    <message>
        <source>3. Alla väljer samma mapp: ett USB-minne som går runt, en nätverksmapp eller en molnmapp.</source>
        <translation>3. Everyone chooses the same folder: a USB stick passed around, a network folder or a cloud folder.</translation>
    </message>
    <message>
        <source>4. Tryck Synka nu på varje dator, gärna varje dag. Det en dator har skrivit syns hos de andra när de synkar efter den.</source>
        <translation>4. Press Sync now on every computer, preferably every day. What one computer wrote shows on the others when they sync after it.</translation>
    </message>
    <message>
        <source>Anmälningar med barnens namn stannar alltid på datorn där de skrevs.</source>
        <translation>Sign-ups with the children&apos;s names always stay on the computer where they were written.</translation>
    </message>
    <message numerus="yes">
        <source>%n nya konflikter att titta på</source>
        <translation>
            <numerusform>%n new conflict to look at</numerusform>
            <numerusform>%n new conflicts to look at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Synkhistorik</source>
        <translation>Sync history</translation>
    </message>
    <message>
        <source>Dator</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Senast inläst</source>
        <translation>Last read in</translation>
    </message>
    <message>
        <source>Filen skriven</source>
        <translation>File written</translation>
    </message>
    <message>
        <source>Nya besök</source>
        <translation>New visits</translation>
    </message>
    <message>
        <source>Nya poster</source>
        <translation>New records</translation>
    </message>
    <message>
        <source>Uppdaterade poster</source>
        <translation>Updated records</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Senaste synk per dator</source>
        <translation>Last sync per computer</translation>
    </message>
    <message>
        <source>Det senaste utbytet med varje dator i laget, och den här datorns egen fil.</source>
        <translation>The last exchange with each computer in the team, and this computer&apos;s own file.</translation>
    </message>
    <message>
        <source>Datorer</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Inläst</source>
        <translation>Read in</translation>
    </message>
    <message>
        <source>Från dator</source>
        <translation>From computer</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Inlästa filer</source>
        <translation>Files read in</translation>
    </message>
    <message>
        <source>De senaste %1 inlästa filerna, den senaste först.</source>
        <translation>The last %1 files read in, the latest first.</translation>
    </message>
    <message>
        <source>Inkommet</source>
        <translation>Came in</translation>
    </message>
    <message>
        <source>Upptäckt</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Ändringen som förlorade</source>
        <translation>The change that lost</translation>
    </message>
    <message>
        <source>Ändringen som behölls</source>
        <translation>The change that was kept</translation>
    </message>
    <message>
        <source>Förlorat → behållet</source>
        <translation>Lost → kept</translation>
    </message>
    <message>
        <source>Har två datorer ändrat samma sak innan de synkat, behålls den senaste ändringen och den andra visas här. Kontrollera att det som behölls stämmer, och rätta annars posten som vanligt. Nya konflikter är markerade.</source>
        <translation>When two computers changed the same thing before syncing, the latest change is kept and the other is shown here. Check that what was kept is right, and otherwise correct the record as usual. New conflicts are highlighted.</translation>
    </message>
    <message>
        <source>Detaljer om markerad konflikt</source>
        <translation>Details of the selected conflict</translation>
    </message>
    <message>
        <source>Markera som sedda</source>
        <translation>Mark as seen</translation>
    </message>
    <message>
        <source>Markera alla nya konflikter som sedda</source>
        <translation>Mark all new conflicts as seen</translation>
    </message>
    <message>
        <source>Konflikter (%1 ny)</source>
        <translation>Conflicts (%1 new)</translation>
    </message>
    <message>
        <source>Konflikter (%1 nya)</source>
        <translation>Conflicts (%1 new)</translation>
    </message>
    <message>
        <source>Inga konflikter.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Alla %1 är sedda.</source>
        <translation>All %1 have been seen.</translation>
    </message>
    <message>
        <source>Nya, inte sedda än: %1 av %2.</source>
        <translation>New, not seen yet: %1 of %2.</translation>
    </message>
    <message>
        <source>Konflikterna får bara samordnaren markera.</source>
        <translation>Only the coordinator may mark the conflicts.</translation>
    </message>
</context>
<context>
    <name>SyncWording</name>
    <message>
        <source>nya besök: %1 · nya poster: %2 · uppdaterade poster: %3</source>
        <translation>new visits: %1 · new records: %2 · updated records: %3</translation>
    </message>
    <message>
        <source>konflikter: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <source>”%1” var redan inläst; inget ändrades.</source>
        <translation>“%1” was read in before; nothing changed.</translation>
    </message>
    <message>
        <source>Från ”%1” (filen skriven %2): %3.</source>
        <translation>From “%1” (file written %2): %3.</translation>
    </message>
    <message>
        <source>Synk klar %1 – inget nytt från de andra datorerna.</source>
        <translation>Sync done %1 – nothing new from the other computers.</translation>
    </message>
    <message>
        <source>Synk klar %1 – nya besök: %2 · nya poster: %3 · uppdaterade poster: %4.</source>
        <translation>Sync done %1 – new visits: %2 · new records: %3 · updated records: %4.</translation>
    </message>
    <message>
        <source>Konflikter: %1 (se fliken Konflikter nedan).</source>
        <translation>Conflicts: %1 (see the Conflicts tab below).</translation>
    </message>
    <message>
        <source>Filer som redan var inlästa och inte ändrats: %1.</source>
        <translation>Files already read in and unchanged: %1.</translation>
    </message>
    <message>
        <source>Den prövas igen vid nästa synk.</source>
        <translation>It will be tried again at the next sync.</translation>
    </message>
    <message>
        <source>Inget nytt att skriva: den här datorns filer i mappen är aktuella.</source>
        <translation>Nothing new to write: this laptop&apos;s files in the folder are up to date.</translation>
    </message>
    <message>
        <source>Den här datorns fil skrevs: %1 (besök: %2, poster: %3).</source>
        <translation>This computer&apos;s file was written: %1 (visits: %2, records: %3).</translation>
    </message>
    <message>
        <source>%1 (i filen)</source>
        <translation>%1 (in the file)</translation>
    </message>
    <message>
        <source>%1 (den här datorn)</source>
        <translation>%1 (this computer)</translation>
    </message>
    <message>
        <source>den här datorn – senast skriven</source>
        <translation>this computer – last written</translation>
    </message>
    <message>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ändringen som förlorade: %1</source>
        <translation>The change that lost: %1</translation>
    </message>
    <message>
        <source>Ändringen som behölls: %1</source>
        <translation>The change that was kept: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>samma värden på båda datorerna</source>
        <translation>the same values on both computers</translation>
    </message>
</context>
<context>
    <name>TallyButton</name>
    <message>
        <source>[⇧%1] ny</source>
        <translation>[⇧%1] new</translation>
    </message>
    <message>
        <source>%1, %2 år: %3 besök. Klicka eller tryck %4 för att räkna ett till; med Skift räknas en ny besökare (första gången i säsongen).</source>
        <translation>%1, %2 years: %3 visits. Click or press %4 to count one more; with Shift, a new visitor is counted (first time this season).</translation>
    </message>
    <message>
        <source>%1, %2 år: %3 besök. Klicka för att räkna ett till; Skift+klick räknar en ny besökare (första gången i säsongen).</source>
        <translation>%1, %2 years: %3 visits. Click to count one more; Shift+click counts a new visitor (first time this season).</translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <source>%1 år</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>Ta bort ett besök: %1, %2 år</source>
        <translation>Remove one visit: %1, %2 years</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Laget</source>
        <translation>The team</translation>
    </message>
    <message>
        <source>Den här datorn är inte med i något lag än. Datorerna i ett lag delar besök, aktiviteter och register med varandra (aldrig anmälningar med namn).</source>
        <translation>This computer is not in a team yet. The computers of a team share visits, activities and registers with each other (never sign-ups with names).</translation>
    </message>
    <message>
        <source>Skapa ett lag…</source>
        <translation>Create a team…</translation>
    </message>
    <message>
        <source>Skapa ett lag på samordnarens dator</source>
        <translation>Create a team on the coordinator&apos;s computer</translation>
    </message>
    <message>
        <source>Gå med i ett lag…</source>
        <translation>Join a team…</translation>
    </message>
    <message>
        <source>Gå med i ett lag med lagkoden</source>
        <translation>Join a team with the team code</translation>
    </message>
    <message>
        <source>På samordnarens dator, en gång: ger laget dess kod.</source>
        <translation>On the coordinator&apos;s computer, once: gives the team its code.</translation>
    </message>
    <message>
        <source>På de andra datorerna: skriv lagkoden.</source>
        <translation>On the other computers: type the team code.</translation>
    </message>
    <message>
        <source>Den här datorn:</source>
        <translation>This computer:</translation>
    </message>
    <message>
        <source>Den här datorns namn</source>
        <translation>This computer&apos;s name</translation>
    </message>
    <message>
        <source>Byt namn…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Byt namn på den här datorn</source>
        <translation>Rename this computer</translation>
    </message>
    <message>
        <source>Lagkod:</source>
        <translation>Team code:</translation>
    </message>
    <message>
        <source>Lagkod</source>
        <translation>Team code</translation>
    </message>
    <message>
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Kopiera lagkoden</source>
        <translation>Copy the team code</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Spara lagkoden som PDF att skriva ut</source>
        <translation>Save the team code as a PDF to print</translation>
    </message>
    <message>
        <source>Lämna laget…</source>
        <translation>Leave the team…</translation>
    </message>
    <message>
        <source>Dölj koden</source>
        <translation>Hide the code</translation>
    </message>
    <message>
        <source>Dölj lagkoden</source>
        <translation>Hide the team code</translation>
    </message>
    <message>
        <source>Visa koden</source>
        <translation>Show the code</translation>
    </message>
    <message>
        <source>Visa lagkoden (samordnaren)</source>
        <translation>Show the team code (coordinator)</translation>
    </message>
    <message>
        <source>Lagkoden får bara samordnaren se.</source>
        <translation>Only the coordinator may see the team code.</translation>
    </message>
    <message>
        <source>Ett lag får bara samordnaren skapa.</source>
        <translation>Only the coordinator may create a team.</translation>
    </message>
    <message>
        <source>Laget är skapat. Ge lagkoden till de andra datorerna, till exempel som utskriven PDF.</source>
        <translation>The team is created. Give the team code to the other computers, for example as a printed PDF.</translation>
    </message>
    <message>
        <source>Den här datorn är med i laget. Välj samma mapp som de andra och synka.</source>
        <translation>This computer is in the team. Choose the same folder as the others and sync.</translation>
    </message>
    <message>
        <source>Namnet är sparat; de andra ser det efter nästa synk.</source>
        <translation>The name is saved; the others see it after the next sync.</translation>
    </message>
    <message>
        <source>Lagkoden är kopierad.</source>
        <translation>The team code is copied.</translation>
    </message>
    <message>
        <source>Spara lagkoden</source>
        <translation>Save the team code</translation>
    </message>
    <message>
        <source>Sparar lagkoden…</source>
        <translation>Saving the team code…</translation>
    </message>
    <message>
        <source>Laget får bara samordnaren lämna.</source>
        <translation>Only the coordinator may leave the team.</translation>
    </message>
    <message>
        <source>Lämna laget</source>
        <translation>Leave the team</translation>
    </message>
    <message>
        <source>Lämna laget? Den här datorn slutar då synka med de andra. Allt som redan finns här stannar kvar, och datorn kan gå med igen med lagkoden.</source>
        <translation>Leave the team? This computer then stops syncing with the others. Everything already here stays, and the computer can join again with the team code.</translation>
    </message>
    <message>
        <source>Den här datorn har lämnat laget.</source>
        <translation>This computer has left the team.</translation>
    </message>
</context>
<context>
    <name>TemplateUse</name>
    <message>
        <source>Redan tillagd</source>
        <translation>Already added</translation>
    </message>
    <message>
        <source>”%1” finns redan den %2 på den här platsen. Lägga till en aktivitet till?</source>
        <translation>“%1” is already there on %2 at this site. Add another activity?</translation>
    </message>
    <message>
        <source>&amp;Ja, lägg till en till</source>
        <translation>&amp;Yes, add another</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>%1, %2 %3–%4 (%5)</source>
        <translation>%1, %2 %3–%4 (%5)</translation>
    </message>
    <message>
        <source>Mallar för veckans aktiviteter</source>
        <translation>Templates for the weekly activities</translation>
    </message>
    <message>
        <source>Mallar</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Ta bort mall</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Ta bort vald mall</source>
        <translation>Delete the selected template</translation>
    </message>
    <message>
        <source>&amp;Mallar som finns:</source>
        <translation>Existing &amp;templates:</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ändra vald mall</source>
        <translation>Edit the selected template</translation>
    </message>
    <message>
        <source>Ta &amp;bort mall</source>
        <translation>&amp;Remove template</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Stäng mallarna</source>
        <translation>Close the templates</translation>
    </message>
    <message>
        <source>Ny mall</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Mallens titel</source>
        <translation>Template title</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Veckodag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Sluttid</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>&amp;Veckodag och tid:</source>
        <translation>&amp;Weekday and time:</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Aktivitetstyp</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Välj typ…</source>
        <translation>Choose a type…</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Arrangör</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>&amp;Arrangör:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>Antal ledare</source>
        <translation>Number of leaders</translation>
    </message>
    <message>
        <source>Antal &amp;ledare:</source>
        <translation>Number of &amp;leaders:</translation>
    </message>
    <message>
        <source>&amp;Kunskapsutbyte</source>
        <translation>&amp;Knowledge exchange</translation>
    </message>
    <message>
        <source>Kunskapsutbyte mellan aktörer: staden, föreningar, boende.</source>
        <translation>Knowledge exchange between actors: the city, associations, residents.</translation>
    </message>
    <message>
        <source>Lägg till mall</source>
        <translation>Add template</translation>
    </message>
    <message>
        <source>Lägg till mallen</source>
        <translation>Add the template</translation>
    </message>
    <message>
        <source>Avbryt ändringen</source>
        <translation>Cancel the change</translation>
    </message>
    <message>
        <source>Avbryt ändringen av mallen</source>
        <translation>Cancel the change to the template</translation>
    </message>
    <message>
        <source>Mallen finns inte längre.</source>
        <translation>The template no longer exists.</translation>
    </message>
    <message>
        <source>Ändra mall: %1</source>
        <translation>Edit template: %1</translation>
    </message>
    <message>
        <source>Spara ändringen</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <source>Spara ändringen av mallen</source>
        <translation>Save the change to the template</translation>
    </message>
    <message>
        <source>Skriv en titel för mallen.</source>
        <translation>Enter a title for the template.</translation>
    </message>
    <message>
        <source>Sluttiden måste vara efter starttiden.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Välj en aktivitetstyp.</source>
        <translation>Choose an activity type.</translation>
    </message>
    <message>
        <source>Välj en plats.</source>
        <translation>Choose a site.</translation>
    </message>
    <message>
        <source>”%1” finns inte i registret. Välj en organisation i listan.</source>
        <translation>“%1” is not in the register. Choose an organisation from the list.</translation>
    </message>
    <message>
        <source>Ta bort mallen ”%1”? Aktiviteter som redan skapats finns kvar.</source>
        <translation>Delete the template “%1”? Activities already created are kept.</translation>
    </message>
</context>
<context>
    <name>TodayActivities</name>
    <message>
        <source>Dagens aktiviteter</source>
        <translation>Today&apos;s activities</translation>
    </message>
    <message>
        <source>Ny aktivitet…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Anmälningar…</source>
        <translation>Sign-ups…</translation>
    </message>
    <message>
        <source>Anmälningar till vald aktivitet</source>
        <translation>Sign-ups for the selected activity</translation>
    </message>
    <message>
        <source>Barnen som anmält sig till vald aktivitet, och listan att skriva ut</source>
        <translation>The children signed up for the selected activity, and the list to print</translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4 deltagare)</source>
        <translation>%1–%2  %3 (%4 participants)</translation>
    </message>
    <message>
        <source>%1, %2 %3–%4</source>
        <translation>%1, %2 %3–%4</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Lägg till %1 idag</source>
        <translation>Add %1 today</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Anmälningar till tidigare aktiviteter får bara samordnaren se.</source>
        <translation>Only the coordinator may see the sign-ups of past activities.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Plats</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Idag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Gå till idag</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <source>Ledare i tjänst</source>
        <translation>Leader on duty</translation>
    </message>
    <message>
        <source>Ångra senaste (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Ångra senaste besöket</source>
        <translation>Undo the last visit</translation>
    </message>
    <message>
        <source>Besök idag</source>
        <translation>Visits today</translation>
    </message>
    <message>
        <source>Dagens besök</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <source>Besök per timme</source>
        <translation>Visits per hour</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Ledare i tjänst:</source>
        <translation>&amp;Leader on duty:</translation>
    </message>
    <message>
        <source>⇧ Skift + tangent eller klick = ny besökare (första gången i säsongen)</source>
        <translation>⇧ Shift + key or click = new visitor (first time this season)</translation>
    </message>
    <message>
        <source>Senast sparat</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <source>Nya besökare idag</source>
        <translation>New visitors today</translation>
    </message>
    <message>
        <source>Sparas strax (%1 väntar): programmet startar…</source>
        <translation>Saved in a moment (%1 waiting): the program is starting…</translation>
    </message>
    <message>
        <source>(välj ledare)</source>
        <translation>(choose leader)</translation>
    </message>
    <message>
        <source>Dagboken kunde inte sparas, så dagen byts inte än. %1</source>
        <translation>The day log could not be saved, so the day does not change yet. %1</translation>
    </message>
    <message>
        <source>Besöket sparades INTE – %1</source>
        <translation>The visit was NOT saved – %1</translation>
    </message>
    <message>
        <source>besök</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>nytt besök</source>
        <translation>new visit</translation>
    </message>
    <message>
        <source>Sparat: %1, %2 år, ny (första gången i säsongen).</source>
        <translation>Saved: %1, %2 years, new (first time this season).</translation>
    </message>
    <message>
        <source>Sparat: %1, %2 år.</source>
        <translation>Saved: %1, %2 years.</translation>
    </message>
    <message>
        <source>Det finns inget besök att ta bort i den rutan.</source>
        <translation>There is no visit to remove in that box.</translation>
    </message>
    <message>
        <source>Rättelsen sparades INTE – %1</source>
        <translation>The correction was NOT saved – %1</translation>
    </message>
    <message>
        <source>rättelse</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>Ett besök borttaget: %1, %2 år, ny (första gången i säsongen).</source>
        <translation>One visit removed: %1, %2 years, new (first time this season).</translation>
    </message>
    <message>
        <source>Ett besök borttaget: %1, %2 år.</source>
        <translation>One visit removed: %1, %2 years.</translation>
    </message>
    <message>
        <source>Ångrandet sparades INTE – %1</source>
        <translation>The undo was NOT saved – %1</translation>
    </message>
    <message>
        <source>Det gick inte att läsa eller spara – %1</source>
        <translation>Could not read or save – %1</translation>
    </message>
    <message>
        <source>⌨ Tangenterna räknar besök</source>
        <translation>⌨ The keys count visits</translation>
    </message>
    <message>
        <source>Du skriver i ett fält: tangenterna skriver text. Tryck Esc eller klicka på rutorna för att räkna igen.</source>
        <translation>You are typing in a field: the keys type text. Press Esc or click the grid to count again.</translation>
    </message>
    <message>
        <source>Tangenterna räknar inte just nu</source>
        <translation>The keys do not count right now</translation>
    </message>
    <message>
        <source>Du ändrar en dag som är mer än en vecka gammal (samordnaren har låst upp).</source>
        <translation>You are changing a day more than a week old (the coordinator has unlocked it).</translation>
    </message>
    <message>
        <source>%1 år: %2</source>
        <translation>%1&#xa0;years:&#xa0;%2</translation>
    </message>
    <message>
        <source>Varav nya (första gången i säsongen): %1</source>
        <translation>Of which new (first time this season): %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Långsiktig närvaro, samverkan och samordning</source>
        <translation>Long-term presence, collaboration and coordination</translation>
    </message>
    <message>
        <source>Lokal organisering och egenmakt</source>
        <translation>Local organising and empowerment</translation>
    </message>
    <message>
        <source>Mötesplatsutveckling</source>
        <translation>Meeting place development</translation>
    </message>
    <message>
        <source>Barn och ungas utveckling och fritid</source>
        <translation>Children and young people&apos;s development and leisure</translation>
    </message>
    <message>
        <source>Flicka</source>
        <translation>Girl</translation>
    </message>
    <message>
        <source>Pojke</source>
        <translation>Boy</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Vill ej ange</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <source>förening</source>
        <translation>association</translation>
    </message>
    <message>
        <source>idéburen organisation</source>
        <translation>non-profit organisation</translation>
    </message>
    <message>
        <source>kommunal verksamhet</source>
        <translation>municipal service</translation>
    </message>
    <message>
        <source>informell grupp</source>
        <translation>informal group</translation>
    </message>
    <message>
        <source>näringsliv</source>
        <translation>business</translation>
    </message>
    <message>
        <source>akademi</source>
        <translation>academia</translation>
    </message>
    <message>
        <source>måndagar</source>
        <translation>Mondays</translation>
    </message>
    <message>
        <source>tisdagar</source>
        <translation>Tuesdays</translation>
    </message>
    <message>
        <source>onsdagar</source>
        <translation>Wednesdays</translation>
    </message>
    <message>
        <source>torsdagar</source>
        <translation>Thursdays</translation>
    </message>
    <message>
        <source>fredagar</source>
        <translation>Fridays</translation>
    </message>
    <message>
        <source>lördagar</source>
        <translation>Saturdays</translation>
    </message>
    <message>
        <source>söndagar</source>
        <translation>Sundays</translation>
    </message>
    <message>
        <source>inomhus</source>
        <translation>indoor</translation>
    </message>
    <message>
        <source>utomhus</source>
        <translation>outdoor</translation>
    </message>
    <message>
        <source>utflykt</source>
        <translation>excursion</translation>
    </message>
    <message>
        <source>ungdomsledare</source>
        <translation>youth leader</translation>
    </message>
    <message>
        <source>samordnare</source>
        <translation>coordinator</translation>
    </message>
</context>
<context>
    <name>_EntryList</name>
    <message>
        <source>Ändra… (Enter)</source>
        <translation>Edit… (Enter)</translation>
    </message>
    <message>
        <source>Ändra markerad rad</source>
        <translation>Edit the selected row</translation>
    </message>
    <message>
        <source>Ta bort… (Delete)</source>
        <translation>Delete… (Delete)</translation>
    </message>
    <message>
        <source>Ta bort markerad rad</source>
        <translation>Delete the selected row</translation>
    </message>
</context>
<context>
    <name>_FollowUpDialog</name>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Avbryt utan att spara</source>
        <translation>Cancel without saving</translation>
    </message>
</context>
<context>
    <name>_TeamDialog</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Den här datorns namn</source>
        <translation>This computer&apos;s name</translation>
    </message>
    <message>
        <source>till exempel Dörren i parken</source>
        <translation>for example Door in the park</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <source>Denna vecka</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Denna månad</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Detta år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Säsong: %1</source>
        <translation>Season: %1</translation>
    </message>
</context>
</TS>
