// Generated from @scenario-api/openapi by scripts/src/emit-examples.ts. Do not edit.

/** The examples of PUT /workflows/{workflowId}/run's responses in the spec, by status then by name. */
export const responseExamples: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "200": {
    "RunWorkflowQueuedResponse": {
      "job": {
        "jobId": "job_ocZCnG1Df35XRL1QyCZSRxAG8",
        "jobType": "workflow",
        "status": "queued",
        "progress": 0,
        "createdAt": "2026-11-02T09:14:07.512Z",
        "updatedAt": "2026-11-02T09:14:07.512Z",
        "authorId": "dcf121faaa1a0a0bbbd9ca1b73d62aea",
        "ownerId": "team_U3Qmc8PCdWXwAQJ4Dvw4tV6D",
        "statusHistory": [
          {
            "date": "2026-11-02T09:14:07.512Z",
            "status": "queued"
          }
        ],
        "billing": {
          "cuCost": 12,
          "cuDiscount": 0
        },
        "metadata": {
          "workflowId": "workflow_9pQm2xV4kT7sLr1Hb3Nc",
          "input": {
            "prompt": "a lighthouse on a cliff at dusk, painterly",
            "numSamples": 2
          },
          "assetIds": [],
          "flow": [
            {
              "id": "generate",
              "type": "custom-model",
              "status": "pending",
              "modelId": "model_flux-dev",
              "inputs": [
                {
                  "name": "prompt",
                  "type": "string",
                  "ref": {
                    "node": "workflow",
                    "name": "prompt"
                  }
                },
                {
                  "name": "numSamples",
                  "type": "number",
                  "min": 1,
                  "max": 4,
                  "step": 1,
                  "ref": {
                    "node": "workflow",
                    "name": "numSamples"
                  }
                }
              ]
            },
            {
              "id": "remove-bg",
              "type": "remove-background",
              "status": "pending",
              "dependsOn": [
                "generate"
              ],
              "includeOutputsInWorkflowJob": true,
              "inputs": [
                {
                  "name": "image",
                  "type": "file",
                  "kind": "image",
                  "ref": {
                    "node": "generate"
                  }
                }
              ]
            }
          ]
        }
      },
      "workflow": {
        "id": "workflow_9pQm2xV4kT7sLr1Hb3Nc",
        "name": "Lighthouse stickers",
        "shortDescription": "Text to image, then background removal.",
        "description": "Generates images from a prompt with a custom model, then removes their background so they can be used as stickers.",
        "authorId": "dcf121faaa1a0a0bbbd9ca1b73d62aea",
        "ownerId": "team_U3Qmc8PCdWXwAQJ4Dvw4tV6D",
        "privacy": "private",
        "status": "ready",
        "tagSet": [
          "stickers"
        ],
        "createdAt": "2026-10-28T16:02:44.103Z",
        "updatedAt": "2026-11-01T11:40:09.871Z",
        "editorInfo": {},
        "outputAssetKinds": [
          "image"
        ],
        "inputs": [
          {
            "name": "prompt",
            "type": "string",
            "label": "Prompt",
            "prompt": true,
            "required": {
              "always": true
            }
          },
          {
            "name": "numSamples",
            "type": "number",
            "label": "Images",
            "default": 2,
            "min": 1,
            "max": 4,
            "step": 1
          }
        ],
        "flow": [
          {
            "id": "generate",
            "type": "custom-model",
            "modelId": "model_flux-dev",
            "inputs": [
              {
                "name": "prompt",
                "type": "string",
                "ref": {
                  "node": "workflow",
                  "name": "prompt"
                }
              },
              {
                "name": "numSamples",
                "type": "number",
                "ref": {
                  "node": "workflow",
                  "name": "numSamples"
                }
              }
            ]
          },
          {
            "id": "remove-bg",
            "type": "remove-background",
            "dependsOn": [
              "generate"
            ],
            "includeOutputsInWorkflowJob": true,
            "inputs": [
              {
                "name": "image",
                "type": "file",
                "kind": "image",
                "ref": {
                  "node": "generate"
                }
              }
            ]
          }
        ]
      }
    },
    "RunWorkflowReferenceResponse": {
      "job": {
        "createdAt": "createdAt",
        "jobId": "jobId",
        "jobType": "assets-download",
        "metadata": {
          "assetIds": [
            "string"
          ],
          "error": "error",
          "flow": [
            {
              "id": "id",
              "status": "failure",
              "type": "custom-model",
              "assets": [
                {
                  "assetId": "assetId",
                  "url": "url"
                }
              ],
              "count": 0,
              "dependsOn": [
                "string"
              ],
              "includeOutputsInWorkflowJob": true,
              "inputs": [
                {
                  "name": "name",
                  "type": "boolean",
                  "allowedValues": [
                    {}
                  ],
                  "backgroundBehavior": "opaque",
                  "color": true,
                  "costImpact": true,
                  "default": {},
                  "description": "description",
                  "group": "group",
                  "hint": "hint",
                  "inputs": [
                    {
                      "foo": "bar"
                    }
                  ],
                  "items": [
                    [
                      {
                        "name": "name",
                        "type": "boolean",
                        "allowedValues": [
                          {}
                        ],
                        "backgroundBehavior": "opaque",
                        "color": true,
                        "costImpact": true,
                        "default": {},
                        "description": "description",
                        "group": "group",
                        "hint": "hint",
                        "inputs": [
                          {
                            "foo": "bar"
                          }
                        ],
                        "kind": "3d",
                        "label": "label",
                        "maskFrom": "maskFrom",
                        "max": 0,
                        "maxLength": 0,
                        "maxSize": 0,
                        "min": 0,
                        "minLength": 0,
                        "modelTypes": [
                          "custom"
                        ],
                        "parent": true,
                        "placeholder": "placeholder",
                        "prompt": true,
                        "promptSpark": true,
                        "ref": {
                          "conditional": [
                            "string"
                          ],
                          "equal": "equal",
                          "name": "name",
                          "node": "node"
                        },
                        "required": {
                          "always": true,
                          "conditionalValues": {},
                          "ifDefined": {},
                          "ifNotDefined": {}
                        },
                        "step": 1,
                        "value": {}
                      }
                    ]
                  ],
                  "kind": "3d",
                  "label": "label",
                  "maskFrom": "maskFrom",
                  "max": 0,
                  "maxLength": 0,
                  "maxSize": 0,
                  "min": 0,
                  "minLength": 0,
                  "modelTypes": [
                    "custom"
                  ],
                  "parent": true,
                  "placeholder": "placeholder",
                  "prompt": true,
                  "promptSpark": true,
                  "ref": {
                    "conditional": [
                      "string"
                    ],
                    "equal": "equal",
                    "name": "name",
                    "node": "node"
                  },
                  "required": {
                    "always": true,
                    "conditionalValues": {},
                    "ifDefined": {},
                    "ifNotDefined": {}
                  },
                  "step": 1,
                  "value": {}
                }
              ],
              "items": [
                "string"
              ],
              "iterationIndex": 0,
              "jobId": "jobId",
              "logic": {
                "cases": [
                  {
                    "condition": "condition",
                    "value": "value"
                  }
                ],
                "default": "default",
                "transform": "transform"
              },
              "logicType": "if-else",
              "loopBodyNodeIds": [
                "string"
              ],
              "loopNodeId": "loopNodeId",
              "modelId": "modelId",
              "output": {},
              "workflowId": "workflowId"
            }
          ],
          "hint": "hint",
          "input": {
            "foo": "bar"
          },
          "output": {
            "foo": "bar"
          },
          "outputModelId": "outputModelId",
          "workflowId": "workflowId",
          "workflowJobId": "workflowJobId"
        },
        "progress": 0,
        "status": "canceled",
        "statusHistory": [
          {
            "date": "date",
            "status": "canceled"
          }
        ],
        "updatedAt": "updatedAt",
        "authorId": "authorId",
        "billing": {
          "cuCost": 0,
          "cuDiscount": 0
        },
        "ownerId": "ownerId"
      },
      "workflow": {
        "id": "id",
        "authorId": "authorId",
        "createdAt": "createdAt",
        "description": "description",
        "editorInfo": {
          "foo": "bar"
        },
        "flow": [
          {
            "id": "id",
            "type": "custom-model",
            "count": 0,
            "dependsOn": [
              "string"
            ],
            "includeOutputsInWorkflowJob": true,
            "inputs": [
              {
                "name": "name",
                "type": "boolean",
                "allowedValues": [
                  {}
                ],
                "backgroundBehavior": "opaque",
                "color": true,
                "costImpact": true,
                "default": {},
                "description": "description",
                "group": "group",
                "hint": "hint",
                "inputs": [
                  {
                    "foo": "bar"
                  }
                ],
                "items": [
                  [
                    {
                      "name": "name",
                      "type": "boolean",
                      "allowedValues": [
                        {}
                      ],
                      "backgroundBehavior": "opaque",
                      "color": true,
                      "costImpact": true,
                      "default": {},
                      "description": "description",
                      "group": "group",
                      "hint": "hint",
                      "inputs": [
                        {
                          "foo": "bar"
                        }
                      ],
                      "kind": "3d",
                      "label": "label",
                      "maskFrom": "maskFrom",
                      "max": 0,
                      "maxLength": 0,
                      "maxSize": 0,
                      "min": 0,
                      "minLength": 0,
                      "modelTypes": [
                        "custom"
                      ],
                      "parent": true,
                      "placeholder": "placeholder",
                      "prompt": true,
                      "promptSpark": true,
                      "ref": {
                        "conditional": [
                          "string"
                        ],
                        "equal": "equal",
                        "name": "name",
                        "node": "node"
                      },
                      "required": {
                        "always": true,
                        "conditionalValues": {},
                        "ifDefined": {},
                        "ifNotDefined": {}
                      },
                      "step": 1,
                      "value": {}
                    }
                  ]
                ],
                "kind": "3d",
                "label": "label",
                "maskFrom": "maskFrom",
                "max": 0,
                "maxLength": 0,
                "maxSize": 0,
                "min": 0,
                "minLength": 0,
                "modelTypes": [
                  "custom"
                ],
                "parent": true,
                "placeholder": "placeholder",
                "prompt": true,
                "promptSpark": true,
                "ref": {
                  "conditional": [
                    "string"
                  ],
                  "equal": "equal",
                  "name": "name",
                  "node": "node"
                },
                "required": {
                  "always": true,
                  "conditionalValues": {},
                  "ifDefined": {},
                  "ifNotDefined": {}
                },
                "step": 1,
                "value": {}
              }
            ],
            "items": [
              "string"
            ],
            "iterationIndex": 0,
            "logic": {
              "cases": [
                {
                  "condition": "condition",
                  "value": "value"
                }
              ],
              "default": "default",
              "transform": "transform"
            },
            "logicType": "if-else",
            "loopBodyNodeIds": [
              "string"
            ],
            "loopNodeId": "loopNodeId",
            "modelId": "modelId",
            "workflowId": "workflowId"
          }
        ],
        "inputs": [
          {
            "name": "name",
            "type": "boolean",
            "allowedValues": [
              {}
            ],
            "backgroundBehavior": "opaque",
            "color": true,
            "costImpact": true,
            "default": {},
            "description": "description",
            "group": "group",
            "hint": "hint",
            "inputs": [
              {
                "foo": "bar"
              }
            ],
            "kind": "3d",
            "label": "label",
            "maskFrom": "maskFrom",
            "max": 0,
            "maxLength": 0,
            "maxSize": 0,
            "min": 0,
            "minLength": 0,
            "modelTypes": [
              "custom"
            ],
            "parent": true,
            "placeholder": "placeholder",
            "prompt": true,
            "promptSpark": true,
            "required": {
              "always": true,
              "conditionalValues": {},
              "ifDefined": {},
              "ifNotDefined": {}
            },
            "step": 1
          }
        ],
        "name": "name",
        "ownerId": "ownerId",
        "privacy": "private",
        "shortDescription": "shortDescription",
        "status": "deleted",
        "tagSet": [
          "string"
        ],
        "updatedAt": "updatedAt",
        "after": {
          "assetId": "assetId",
          "url": "url"
        },
        "before": {
          "assetId": "assetId",
          "url": "url"
        },
        "embedding": {},
        "isLocked": true,
        "lastIndexedAt": "2019-12-27T18:11:19.117Z",
        "lastIndexingType": "CREATE",
        "lastReadyFlowUpdatedAt": "2019-12-27T18:11:19.117Z",
        "lockedStateChangedAt": "lockedStateChangedAt",
        "lockedStateChangedBy": "lockedStateChangedBy",
        "outputAssetKinds": [
          "3d"
        ],
        "thumbnail": {
          "assetId": "assetId",
          "url": "url"
        },
        "uiConfig": {
          "inputProperties": {
            "foo": {
              "collapsed": true
            }
          },
          "lorasComponent": {
            "label": "label",
            "modelInput": "modelInput",
            "scaleInput": "scaleInput",
            "modelIdInput": "modelIdInput"
          },
          "presets": [
            {
              "fields": [
                "string"
              ],
              "presets": {}
            }
          ],
          "resolutionComponent": {
            "heightInput": "heightInput",
            "label": "label",
            "presets": [
              {
                "height": 0,
                "label": "label",
                "width": 0
              }
            ],
            "widthInput": "widthInput"
          },
          "selects": {
            "foo": {}
          },
          "triggerGenerate": {
            "label": "label",
            "after": "after",
            "position": "bottom"
          }
        }
      }
    }
  },
  "400": {
    "BadRequestError": {
      "statusCode": 400,
      "error": "Bad Request",
      "message": "body.numSamples must be a number"
    }
  },
  "401": {
    "UnauthorizedError": {
      "statusCode": 401,
      "error": "Unauthorized",
      "message": "Invalid API key or secret"
    }
  },
  "402": {
    "DryRunCompleted": {
      "statusCode": 402,
      "message": "Dry run completed",
      "estimatedCost": 12
    }
  },
  "403": {
    "ForbiddenError": {
      "statusCode": 403,
      "error": "Forbidden",
      "message": "You do not have access to this workflow"
    }
  },
  "404": {
    "NotFoundError": {
      "statusCode": 404,
      "error": "Not Found",
      "message": "Workflow workflow_9pQm2xV4kT7sLr1Hb3Nc not found"
    }
  },
  "429": {
    "TooManyRequestsError": {
      "statusCode": 429,
      "error": "Too Many Requests",
      "message": "Rate limit exceeded: 100 requests per minute per project"
    }
  },
  "500": {
    "InternalServerError": {
      "statusCode": 500,
      "error": "Internal Server Error",
      "message": "An unexpected error occurred"
    }
  },
  "5XX": {
    "ServiceUnavailableError": {
      "statusCode": 503,
      "error": "Service Unavailable",
      "message": "The service is temporarily unavailable"
    }
  }
};
