curl https://api.cloud.scenario.com/v1/workflows/$WORKFLOW_ID/run \
    -X PUT \
    -H 'Content-Type: application/json' \
    -u "$SCENARIO_SDK_API_KEY:$SCENARIO_SDK_API_SECRET" \
    -d '{"prompt": "a lighthouse on a cliff at dusk, painterly", "numSamples": 2}'
