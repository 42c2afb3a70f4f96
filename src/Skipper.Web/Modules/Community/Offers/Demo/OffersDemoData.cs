using Skipper.Web.Modules.Community.Offers.Data;
using static System.DayOfWeek;

namespace Skipper.Web.Modules.Community.Offers.Demo;

/// <summary>The demo catalogue's content, in our own words.</summary>
internal static class OffersDemoData
{
    private const string Free = "Gratis";
    private const string StepFree = "Trinnfri inngang og handicaptoalett.";

    public static ((string Name, ProviderType Type)[] Organisations, string ProviderOrganisation, DemoOffer[] Offers) Demo(string municipality)
    {
        const string DpS = "DPS Demo";
        const string Club = "Demo IL";
        const string Users = "Mental Helse Demo";
        const string Relatives = "Pårørendeforeningen Demo";
        const string Volunteers = "Frivilligsentralen Demo";
        var weekdays = new[] { Monday, Tuesday, Wednesday, Thursday, Friday };
        (DayOfWeek, string, string)[] Weekdays(string from, string to) => weekdays.Select(d => (d, from, to)).ToArray();
        return (
            [(municipality, ProviderType.Municipality), (Users, ProviderType.UserOrganisation), (Relatives, ProviderType.UserOrganisation),
             (Club, ProviderType.Voluntary), (Volunteers, ProviderType.Voluntary), (DpS, ProviderType.SpecialistService)],
            Users,
            [
                new(municipality, "Aktivitetshuset Fyrlykta – åpent hus", "Et sted å være på dagtid. Kaffe, lunsj til selvkost, spill, aviser og folk å prate med. Du bestemmer selv hvor lenge du blir.",
                    OfferCategory.ActivityAndCulture, "Aktivitetshuset Fyrlykta", "Havnegata 4", "Hverdager 10–15", Weekdays("10:00", "15:00"), "Gratis, lunsj 30 kr", JoiningWay.DropIn, StepFree, "400 00 101", "fyrlykta@demo.skipper.local"),
                new(municipality, "Kunstverkstedet", "Maling, leire og collage sammen med andre. Ingen forkunnskaper trengs, og materialene ligger klare.",
                    OfferCategory.ActivityAndCulture, "Aktivitetshuset Fyrlykta", "Havnegata 4", "Onsdager 12–15", [(Wednesday, "12:00", "15:00")], Free, JoiningWay.DropIn, StepFree, "400 00 101", ""),
                new(Users, "Skrivegruppa «Egne ord»", "Vi skriver korte tekster om livet og leser for hverandre hvis vi vil. Ingen retter på skrivefeil.",
                    OfferCategory.ActivityAndCulture, "Mental Helse-lokalet", "Storgata 12, 2. etasje", "Torsdager 17–19", [(Thursday, "17:00", "19:00")], Free, JoiningWay.DropIn, "Heis fra bakgården.", "400 00 202", "post@mentalhelse-demo.skipper.local", MonthsSinceChecked: 7),
                new(Volunteers, "Kor for alle", "Et kor uten opptaksprøve. Vi synger kjente sanger i flere stemmer og tar en kaffepause midt i.",
                    OfferCategory.ActivityAndCulture, "Frivilligsentralen", "Kirkeveien 3", "Tirsdager 18–20", [(Tuesday, "18:00", "20:00")], "100 kr i semesteret", JoiningWay.DropIn, StepFree, "400 00 303", ""),
                new(Club, "Fotball for alle – Demo IL", "Uformell fotballtrening for voksne på alle nivåer. Vi deler lag på stedet, og det er lov å bare se på første gang. Fotballgruppa har egne trenere med erfaring fra psykisk helse.",
                    OfferCategory.PhysicalActivity, "Kunstgressbanen ved Demo skole", "Idrettsveien 1", "Tirsdag og torsdag 18–19.30, lørdag 11–12.30",
                    [(Tuesday, "18:00", "19:30"), (Thursday, "18:00", "19:30"), (Saturday, "11:00", "12:30")], Free, JoiningWay.DropIn, "Garderobe med trinnfri adkomst. Låneutstyr finnes.", "400 00 404", "fotball@demo-il.skipper.local"),
                new(municipality, "Turgruppa", "Rolig tur på en til to timer i nærområdet. Vi går i det tempoet gruppa klarer, uansett vær.",
                    OfferCategory.PhysicalActivity, "Oppmøte ved rådhuset", "Rådhusplassen 1", "Tirsdager 11–13", [(Tuesday, "11:00", "13:00")], Free, JoiningWay.DropIn, "Turene går på grusvei; noen er egnet for rullestol.", "400 00 105", ""),
                new(municipality, "Trening i sal med veileder", "Styrke og bevegelse i små grupper på Frisklivssentralen, tilpasset deg. Første gang tar vi en prat om hva du ønsker.",
                    OfferCategory.PhysicalActivity, "Frisklivssentralen", "Parkveien 8", "Mandag og torsdag 10–11", [(Monday, "10:00", "11:00"), (Thursday, "10:00", "11:00")], Free, JoiningWay.SelfReferral, StepFree, "400 00 106", "frisklivs@demo.skipper.local"),
                new(Users, "Samtalegruppa", "En fast gruppe der vi deler erfaringer med å leve med psykiske plager. Ledet av to likepersoner.",
                    OfferCategory.PeerSupport, "Mental Helse-lokalet", "Storgata 12, 2. etasje", "Mandager 18–20", [(Monday, "18:00", "20:00")], Free, JoiningWay.SelfReferral, "Heis fra bakgården.", "400 00 202", "post@mentalhelse-demo.skipper.local"),
                new(Users, "Likepersonssamtale", "Snakk én til én med en som selv har vært gjennom psykisk uhelse. Du avtaler tid på telefon.",
                    OfferCategory.PeerSupport, "Mental Helse-lokalet eller på telefon", "Storgata 12, 2. etasje", "Hverdager 10–14 etter avtale", Weekdays("10:00", "14:00"), Free, JoiningWay.SelfReferral, "Kan også foregå på telefon.", "400 00 202", "post@mentalhelse-demo.skipper.local"),
                new(Volunteers, "Selvhjelpsgruppe for angst", "En selvhjelpsgruppe der deltakerne selv styrer samtalen. En frivillig hjelper gruppa i gang de første gangene.",
                    OfferCategory.PeerSupport, "Frivilligsentralen", "Kirkeveien 3", "Onsdager 18–19.30", [(Wednesday, "18:00", "19:30")], Free, JoiningWay.SelfReferral, StepFree, "400 00 303", ""),
                new(municipality, "Kurs i mestring av depresjon", "Åtte kurskvelder om tanker, følelser og hverdagsaktiviteter, med hefte og hjemmeoppgaver. Kurset holdes av to kursledere fra kommunen.",
                    OfferCategory.Courses, "Mestringssenteret", "Parkveien 8", "Torsdager 17–19.30 i åtte uker", [(Thursday, "17:00", "19:30")], "Gratis, kursheftet 100 kr", JoiningWay.SelfReferral, StepFree, "400 00 107", "mestring@demo.skipper.local", StartsInDays: 14, LastsDays: 56),
                new(DpS, "Recoverykurs: Min vei videre", "Et kurs om bedring, håp og egne valg, holdt sammen av en erfaringskonsulent og en behandler.",
                    OfferCategory.Courses, "DPS Demo, kurssalen", "Sykehusveien 20", "Fredager 12–14.30", [(Friday, "12:00", "14:30")], Free, JoiningWay.ReferralNeeded, StepFree, "400 00 505", ""),
                new(municipality, "Jobbklubben", "Hjelp med CV, søknader og jobbintervju, sammen med andre som leter etter arbeid.",
                    OfferCategory.WorkAndEducation, "Servicetorget", "Rådhusplassen 1", "Tirsdag og torsdag 9–12", [(Tuesday, "09:00", "12:00"), (Thursday, "09:00", "12:00")], Free, JoiningWay.DropIn, StepFree, "400 00 108", ""),
                new(DpS, "Jobbstøtte mens du får behandling", "En jobbspesialist hjelper deg å finne og beholde en vanlig jobb, samtidig som du får behandling.",
                    OfferCategory.WorkAndEducation, "DPS Demo", "Sykehusveien 20", "Hverdager 8–15.30 etter avtale", Weekdays("08:00", "15:30"), Free, JoiningWay.ReferralNeeded, StepFree, "400 00 505", ""),
                new(Volunteers, "Studiesirkel: tilbake til skolebenken", "For deg som vil fullføre skole eller ta et kurs. Vi leser sammen, og frivillige lærere hjelper med matte og norsk.",
                    OfferCategory.WorkAndEducation, "Biblioteket", "Torget 2", "Mandager 12–14", [(Monday, "12:00", "14:00")], Free, JoiningWay.DropIn, StepFree, "400 00 303", ""),
                new(municipality, "Boveiledning i eget hjem", "Praktisk hjelp til å mestre hverdagen hjemme: økonomi, innkjøp, rutiner og kontakt med naboer.",
                    OfferCategory.Housing, "Hjemme hos deg", "", "Hverdager etter avtale", Weekdays("08:00", "15:30"), Free, JoiningWay.ReferralNeeded, "", "400 00 109", ""),
                new(municipality, "Boligkontoret – åpen dag", "Spør om kommunal bolig, startlån og bostøtte. Ta gjerne med noen du stoler på.",
                    OfferCategory.Housing, "Servicetorget", "Rådhusplassen 1", "Onsdager 12–15", [(Wednesday, "12:00", "15:00")], Free, JoiningWay.DropIn, StepFree, "400 00 110", ""),
                new(municipality, "Rask psykisk helsehjelp", "Korte samtaleforløp for angst, depresjon og søvnvansker, uten henvisning fra lege.",
                    OfferCategory.Treatment, "Mestringssenteret", "Parkveien 8", "Hverdager 8–16", Weekdays("08:00", "16:00"), Free, JoiningWay.SelfReferral, StepFree, "400 00 111", ""),
                new(DpS, "Poliklinikk for psykisk helse", "Utredning og behandling hos psykolog eller psykiater. Du kommer hit med henvisning fra fastlegen.",
                    OfferCategory.Treatment, "DPS Demo", "Sykehusveien 20", "Hverdager 8–15.30", Weekdays("08:00", "15:30"), "Egenandel etter vanlige satser", JoiningWay.ReferralNeeded, StepFree, "400 00 505", ""),
                new(Relatives, "Pårørendetreff", "En kveld for deg som står nær noen med psykiske plager eller rusproblemer. Del erfaringer og få påfyll.",
                    OfferCategory.ForRelatives, "Frivilligsentralen", "Kirkeveien 3", "Første onsdag i måneden 18–20", [], Free, JoiningWay.DropIn, StepFree, "400 00 606", ""),
                new(DpS, "Pårørendeskolen", "Fire kvelder om psykisk helse, behandling og hvordan du tar vare på deg selv som pårørende.",
                    OfferCategory.ForRelatives, "DPS Demo, kurssalen", "Sykehusveien 20", "Mandager 18–20.30 i fire uker", [(Monday, "18:00", "20:30")], Free, JoiningWay.SelfReferral, StepFree, "400 00 505", "", StartsInDays: 21, LastsDays: 28),
                new(municipality, "Samtale for pårørende", "En eller flere samtaler med en erfaren ansatt i kommunen, om det du står i.",
                    OfferCategory.ForRelatives, "Mestringssenteret", "Parkveien 8", "Hverdager etter avtale", Weekdays("09:00", "15:00"), Free, JoiningWay.SelfReferral, StepFree, "400 00 107", ""),
            ]);
    }

    public static ((string Name, ProviderType Type)[] Organisations, string ProviderOrganisation, DemoOffer[] Offers) Neighbour(string municipality)
    {
        const string Volunteers = "Frivilligsentralen Nabo";
        return (
            [(municipality, ProviderType.Municipality), (Volunteers, ProviderType.Voluntary)],
            Volunteers,
            [
                new(municipality, "Aktivitetshuset i Nabokommune", "Åpent hus med lunsj og aktiviteter.", OfferCategory.ActivityAndCulture, "Aktivitetshuset", "Bakkeveien 2", "Hverdager 9–14",
                    [(Monday, "09:00", "14:00"), (Wednesday, "09:00", "14:00"), (Friday, "09:00", "14:00")], Free, JoiningWay.DropIn, "", "", ""),
                new(Volunteers, "Gågruppa i Nabokommune", "Vi går sammen langs sjøen.", OfferCategory.PhysicalActivity, "Kaia", "Kaiveien 1", "Torsdager 11–12",
                    [(Thursday, "11:00", "12:00")], Free, JoiningWay.DropIn, "", "", ""),
            ]);
    }
}
