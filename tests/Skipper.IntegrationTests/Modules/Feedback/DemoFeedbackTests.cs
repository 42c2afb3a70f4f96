using Skipper.IntegrationTests.Platform.Access;

namespace Skipper.IntegrationTests.Modules.Feedback;

public sealed class DemoFeedbackTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_demo_person_got_reliably_better_and_the_latest_session_raises_the_alliance_signal(string provider)
    {
        using var app = new AppFactory(provider);
        var personId = await Demo.PersonIdAsync(app);
        var staff = await app.ApiAs(Clients.Demo("ansatt"));

        var feedback = await (await staff.GetAsync($"/api/v1/persons/{personId}/feedback")).JsonAsync();

        var summary = feedback.GetProperty("summary");
        summary.GetProperty("intake").GetDouble().ShouldBe(16.5);
        summary.GetProperty("latest").GetDouble().ShouldBe(27);
        summary.GetProperty("changeFromIntake").GetDouble().ShouldBe(10.5);
        summary.GetProperty("reliableChange").GetString().ShouldBe("improved");
        summary.GetProperty("clinicallySignificant").GetBoolean().ShouldBeTrue();
        var latest = feedback.GetProperty("episodes")[0].GetProperty("sessions").EnumerateArray().Last();
        latest.GetProperty("signals").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ShouldBe(["alliance-low", "alliance-item-dropped"], ignoreOrder: true);
        var due = feedback.GetProperty("due").EnumerateArray().ToDictionary(d => d.GetProperty("questionnaire").GetString()!, d => d.GetProperty("isDue").GetBoolean());
        due["outcome"].ShouldBeFalse();
        due["recovery-support"].ShouldBeTrue();
    }
}
