using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Wolverine;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>A second host of the API on the tests' database, for settings the tests' own host must not have.</summary>
internal static class SideHosts
{
    /// <summary>With the tests' clock, Wolverine alone on the node and, as in the tests' own host, nothing sealing in the background.</summary>
    public static Task<IAlbaHost> Start(params (string Key, string Value)[] settings) =>
        AlbaHost.For<Program>(web =>
        {
            web.UseSetting("Audit:SealIntervalSeconds", "0");
            foreach (var (key, value) in settings)
                web.UseSetting(key, value);
            web.ConfigureServices(services =>
            {
                services.AddSingleton<IClock>(new FakeClock(ApiFixture.Now));
                services.RunWolverineInSoloMode();
            });
        });
}
