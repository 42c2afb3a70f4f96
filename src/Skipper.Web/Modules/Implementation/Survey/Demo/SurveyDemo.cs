using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Localization;

namespace Skipper.Web.Modules.Implementation.Survey.Demo;

/// <summary>
/// The first demo department ran a survey with its user council this autumn (closed, 20 answers, so results show and
/// some cells are hidden), and has just opened a short one about daytime activities that the demo person can answer.
/// </summary>
internal static class SurveyDemo
{
    private const string Council = "Brukerrådet";

    /// <summary>Each demo answer: respect (1–5), say in the help (1–5), knows whom to call (yes/no), and sometimes words.</summary>
    private static readonly (int Respect, int Say, bool Knows, string? Words)[] Answers =
    [
        (5, 4, true, "Fint at jeg får snakke med den samme hver gang."), (5, 3, true, null), (4, 3, true, "Ventetiden på svar på telefon er for lang."),
        (4, 5, true, null), (5, 4, false, "Jeg skulle gjerne hatt flere samtaler ute, ikke bare på kontoret."), (3, 2, true, null),
        (4, 3, true, null), (5, 5, true, "De hører på hva jeg vil."), (3, 1, false, null), (4, 4, true, null),
        (5, 3, true, null), (4, 2, false, "Skriv mindre fagspråk i brevene."), (3, 3, true, null), (5, 4, true, null),
        (4, 5, true, null), (3, 3, false, null), (5, 1, true, "Mer hjelp til å komme i jobb."), (4, 3, false, null),
        (5, 4, true, null), (3, 2, true, null),
    ];

    public static void Add(AppDbContext db, Guid tenantId, Guid departmentId, Guid personId, string writtenBy, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.InNorway().DateTime);
        var closed = Survey(tenantId, departmentId, writtenBy, now.AddDays(-80), "Hvordan opplever du hjelpen fra oss?",
            "Brukerrådet og avdelingen vil vite hvordan du opplever hjelpen. Vi bruker svarene til å bli bedre, og forteller på husmøtet hva vi gjør med dem.",
            [
                Q(1, "Blir du møtt med respekt når du tar kontakt med oss?", QuestionKind.Scale, "Aldri", "Alltid"),
                Q(2, "Får du være med og bestemme hva hjelpen skal handle om?", QuestionKind.Scale, "Ikke i det hele tatt", "Helt og fullt"),
                Q(3, "Vet du hvem du kan ringe hvis du trenger hjelp raskt?", QuestionKind.YesNo),
                Q(4, "Hva kan vi gjøre bedre?", QuestionKind.FreeText),
            ]);
        closed.State = SurveyState.Closed;
        closed.Invited = 34;
        closed.OpenedOn = today.AddDays(-70);
        closed.ClosedOn = today.AddDays(-42);
        db.Add(closed);
        foreach (var (respect, say, knows, words) in Answers)
        {
            var response = new SurveyResponse { TenantId = tenantId, Id = Guid.NewGuid(), SurveyId = closed.Id };
            response.Items.Add(Item(tenantId, response.Id, 1, score: respect));
            response.Items.Add(Item(tenantId, response.Id, 2, score: say));
            response.Items.Add(Item(tenantId, response.Id, 3, yes: knows));
            if (words is not null)
            {
                response.Items.Add(Item(tenantId, response.Id, 4, text: words));
            }
            db.Add(response);
        }

        var open = Survey(tenantId, departmentId, writtenBy, now.AddDays(-6), "Aktiviteter på dagtid",
            "Vi planlegger aktivitetene for våren sammen med brukerrådet. Tre korte spørsmål.",
            [
                Q(1, "Hvor fornøyd er du med aktivitetene vi har nå?", QuestionKind.Scale, "Lite fornøyd", "Svært fornøyd"),
                Q(2, "Vil du være med på å planlegge nye aktiviteter?", QuestionKind.YesNo),
                Q(3, "Hvilke aktiviteter ønsker du deg?", QuestionKind.FreeText),
            ]);
        open.State = SurveyState.Open;
        open.Invited = 1;
        open.OpenedOn = today.AddDays(-3);
        db.Add(open);
        db.Add(new SurveyInvitation { TenantId = tenantId, SurveyId = open.Id, PersonId = personId });
    }

    private static UserSurvey Survey(Guid tenantId, Guid departmentId, string writtenBy, DateTimeOffset at, string title, string intro, List<SurveyQuestion> questions)
    {
        var id = Guid.NewGuid();
        foreach (var question in questions)
        {
            question.TenantId = tenantId;
            question.SurveyId = id;
        }
        return new UserSurvey
        {
            TenantId = tenantId, Id = id, DepartmentId = departmentId, Title = title, Intro = intro, WrittenWith = Council,
            CreatedBy = writtenBy, CreatedAt = at, Version = 2, Questions = questions,
        };
    }

    private static SurveyQuestion Q(int number, string text, QuestionKind kind, string? low = null, string? high = null) =>
        new() { Number = number, Text = text, Kind = kind, LowLabel = low, HighLabel = high };

    private static SurveyResponseItem Item(Guid tenantId, Guid responseId, int number, int? score = null, bool? yes = null, string? text = null) =>
        new() { TenantId = tenantId, ResponseId = responseId, Number = number, Score = score, Yes = yes, Text = text };
}
