namespace Conseils.Contract;

/// <summary>Runs the steps of a flow in order, one line each; the first failure ends it with exit code 1.</summary>
internal static class Flow
{
    public static async Task<int> Run(string client, params (string Step, Func<Task> Act)[] steps)
    {
        foreach (var (step, act) in steps)
        {
            try
            {
                await act();
                Console.WriteLine($"{client}: ok   {step}");
            }
            catch (Exception e)
            {
                Console.WriteLine($"{client}: FAIL {step}: {e.GetType().Name}: {e.Message}");
                return 1;
            }
        }
        return 0;
    }

    public static void Expect(bool holds, string what)
    {
        if (!holds)
            throw new InvalidOperationException(what);
    }
}
