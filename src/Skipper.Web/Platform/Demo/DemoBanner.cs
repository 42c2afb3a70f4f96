using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Skipper.Web.Platform.Demo;

internal static class DemoBanner
{
    /// <summary>Prints where Skipper listens and, in demo mode, the demo accounts, once the server has started.</summary>
    public static void PrintBannerOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var text = new StringBuilder();
            text.AppendLine().AppendLine("Skipper kjører på / is running at: " + string.Join(", ", addresses));
            if (app.Services.GetRequiredService<IOptions<SkipperOptions>>().Value.DemoMode)
            {
                var configuration = app.Services.GetRequiredService<IConfiguration>();
                var password = DemoMunicipalities.Password(configuration);
                text.AppendLine("Demokontoer / demo accounts (passord / password: " + password + "):");
                foreach (var municipality in DemoMunicipalities.All)
                {
                    text.AppendLine("  " + municipality.Name + " (http://" + municipality.HostName + ":<port>):");
                    foreach (var account in municipality.Accounts)
                    {
                        text.AppendLine("    " + DemoMunicipality.Email(account.Role, municipality.MailDomain).PadRight(42) + account.DisplayName);
                    }
                }
            }
            Console.WriteLine(text.ToString());
        });
}
